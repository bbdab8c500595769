# int() through __trunc__ warns; math.trunc without __trunc__; __contains__ = None
import math
class Rnd:
    def __trunc__(self):
        return 7
print(int(Rnd()), math.trunc(Rnd()))
try:
    math.trunc(object())
except TypeError as e:
    print(e)
class ContNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContNone()
except TypeError as e:
    print(e)
1 not in ContNone()
