# float ** overflow: OverflowError(34, 'Numerical result out of range') (errno args, as CPython)
import math
try:
    10.0 ** 400
except OverflowError as e:
    print(e.args, e)
try:
    pow(10.0, 400)
except OverflowError as e:
    print(e.args, e)
try:
    math.pow(10.0, 400)
except OverflowError as e:
    print(e.args, e)
x = 1.5
x **= 5000
