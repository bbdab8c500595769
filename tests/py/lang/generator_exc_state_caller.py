# A generator suspended inside an except/finally block keeps its handled exception to itself
# (CPython's gi_exc_state): the caller's sys.exc_info() and exception contexts don't see it, and
# the generator sees it again (and the caller's current one behind it) when resumed.
import sys
def g():
    try:
        raise KeyError('gen-own')
    except KeyError:
        print('in gen 1', sys.exc_info()[1])
        yield 1
        print('in gen 2', repr(sys.exc_info()[1]))
        yield 2
    print('after handler', sys.exc_info()[1])
    yield 3
it = g()
print(next(it), sys.exc_info())
try:
    raise ValueError('caller')
except ValueError:
    print(next(it), repr(sys.exc_info()[1]))
print(next(it), sys.exc_info())
def plain():
    print('plain sees', repr(sys.exc_info()[1]))
    yield
    print('plain sees later', repr(sys.exc_info()[1]))
    yield
p = plain()
try:
    raise IndexError('outer')
except IndexError:
    next(p)
next(p)
def ctx():
    try:
        raise KeyError('k')
    except KeyError:
        yield
        raise ValueError('v')
c = ctx(); next(c)
try:
    raise TypeError('t')
except TypeError:
    try: next(c)
    except ValueError as e: print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
def thrower():
    try:
        raise KeyError('a')
    except KeyError:
        yield 1
t = thrower(); next(t)
try: t.throw(ValueError('v'))
except ValueError as e: print('ctx', repr(e.__context__))
try: raise RuntimeError('x')
except RuntimeError as e: print('fresh ctx', e.__context__)
def fin():
    try:
        raise OSError('fin')
    finally:
        yield 'in finally'
f = fin(); print(next(f), sys.exc_info()[0])
try: next(f)
except OSError as e: print('fin raised', e)
print(sys.exc_info())
def nested():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError:
            yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])
print(list(nested()), sys.exc_info())
n = nested(); next(n); del n
print(sys.exc_info())
import gc
n = nested(); next(n); l = [n]; l.append(l); del n, l; print(gc.collect() > 0, sys.exc_info())
