# BaseException.with_traceback accepts a traceback or None only
import sys
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
e = ValueError('x')
print(e.with_traceback(tb) is e, e.__traceback__ is tb, e.with_traceback(None).__traceback__)
for bad in (5, 'tb', [], sys._getframe()):
    try:
        e.with_traceback(bad)
    except TypeError as err:
        print('TypeError:', err)
