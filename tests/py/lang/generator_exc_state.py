import sys
def show(tag): print(tag, sys.exc_info()[0], repr(sys.exception()))
def g():
    show('g start')
    try:
        raise KeyError('k')
    except KeyError:
        show('g in handler')
        yield 1
        show('g resumed in handler')
        yield 2
    show('g after handler')
    yield 3
    try:
        raise
    except RuntimeError as e:
        print('bare raise in gen:', e)
    yield 4
it = g()
next(it)
show('caller after first yield')
try:
    raise ValueError('v')
except ValueError:
    next(it)
    show('caller handler after 2nd')
    next(it)
    show('caller handler after 3rd')
    next(it)
show('end')
def h():
    yield
    raise TypeError('from gen')
try:
    raise ValueError('outer')
except ValueError:
    x = h(); next(x)
    try:
        next(x)
    except TypeError as e:
        print('context:', repr(e.__context__))
def reraiser():
    try:
        yield
    except ZeroDivisionError:
        raise
def withctx():
    try:
        1/0
    except ZeroDivisionError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
w = withctx(); print(next(w)); print(sys.exc_info()); print(next(w))
r = reraiser(); next(r)
try:
    r.throw(ZeroDivisionError('thrown'))
except ZeroDivisionError as e:
    print('rethrown', e, repr(e.__context__))
def gen_raise_in_handler():
    try:
        yield
    finally:
        show('finally in closing gen')
try:
    raise IndexError('caller')
except IndexError:
    gg = gen_raise_in_handler(); next(gg); gg.close()
def nested():
    try:
        raise KeyError('a')
    except KeyError:
        yield from inner()
def inner():
    show('inner')
    yield 1
    show('inner2')
    try:
        raise ValueError('b')
    except ValueError as e:
        print('ctx of b', repr(e.__context__))
        yield 2
n = nested(); next(n); show('between'); next(n); show('after')
try:
    next(n)
except StopIteration:
    show('stop')
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        show('exit'); return True
def gen_with():
    with CM():
        yield 1
        raise KeyError
    yield 2
print(list(gen_with()))
