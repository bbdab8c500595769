# inside an except* handler the matched part is the handled exception: sys.exception(), sys.exc_info(),
# traceback.print_exc() and a bare raise see the subgroup, not the whole group
import sys
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print(repr(sys.exc_info()[1]), repr(e), sys.exc_info()[1] is e)
        raise KeyError(3)
except BaseException as ex:
    print(repr(ex))
    for x in ex.exceptions:
        print(repr(x), repr(x.__context__))
import traceback
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError as e:
        traceback.print_exc(file=sys.stdout)
        print(sys.exception() is e)
try:
    f()
except BaseException as ex:
    traceback.print_exception(ex, file=sys.stdout)
