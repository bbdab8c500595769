import sys
def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), OSError(4)])])
try:
    try:
        f()
    except* ValueError as e:
        print("VE", repr(e), type(e).__name__)
    except* OSError as e:
        print("OS", repr(e))
except ExceptionGroup as g:
    print("rest", repr(g))
# naked exception
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked", repr(e), repr(e.exceptions[0]))
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
except KeyError as e:
    print("naked unmatched", repr(e))
# raise in handler
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
except ExceptionGroup as g:
    print(repr(g), repr(g.exceptions[0].__context__))
# bare reraise
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as g:
    print("reraise", repr(g))
# else / finally
try:
    pass
except* ValueError:
    print("no")
else:
    print("else")
finally:
    print("finally")
try:
    try:
        raise ValueError()
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
def g():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* (TypeError, ValueError) as e:
        print("tuple", repr(e))
    return "done"
print(g())
print(sorted(k for k in globals() if k.startswith('$')))
try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
except* ValueError as e:
    print(e, e.exceptions)
    print(sys.exc_info()[0].__name__)
