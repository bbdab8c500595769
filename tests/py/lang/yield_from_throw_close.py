def inner():
    try:
        x = yield 1
        print('inner got', x)
        yield 2
    except KeyError as e:
        print('inner caught', repr(e))
        yield 'recovered'
    finally:
        print('inner finally')
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got result', r)
    yield 'outer-end'
g = outer()
print(next(g), g.send('hello'), g.throw(KeyError('k')))
print(next(g))
try: next(g)
except StopIteration: print('stop')
g = outer(); next(g)
g.close()
print('closed')
g = outer(); next(g)
try: g.throw(ValueError('unhandled'))
except ValueError as e: print('propagated', e)
print(g.gi_frame)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration('it-done')
        return self.i
def deleg():
    r = yield from It()
    print('deleg result', r)
print(list(deleg()))
def deleg2():
    yield from [1, 2]
    yield from (x * 10 for x in range(2))
    return 'r'
print(list(deleg2()))
def bad():
    yield from 5
try: list(bad())
except TypeError as e: print(e)
def thrower():
    yield from It()
t = thrower(); next(t)
try: t.throw(KeyError('into iterator'))
except KeyError as e: print('iterator has no throw', e)
def gen_close():
    try:
        yield 1
    finally:
        print('finally on close')
def outer2():
    yield from gen_close()
o = outer2(); next(o); del o
print('after del')
def sub():
    yield 1
    return 5
def chain():
    a = yield from sub()
    b = yield from sub()
    return a + b
c = chain()
print(list(c))
c = chain()
for _ in c: pass
def genret():
    return (yield)
gr = genret(); next(gr)
try: gr.send(42)
except StopIteration as s: print('value', s.value)
import sys
class Sendable:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self): return self.send(None)
    def send(self, v):
        self.n += 1
        if self.n > 3: raise StopIteration(f'done after {v}')
        return (self.n, v)
    def throw(self, typ, val=None, tb=None):
        print('Sendable.throw', repr(typ), repr(val), type(tb).__name__)
        return 'thrown-handled'
    def close(self):
        print('Sendable.close')
def d():
    r = yield from Sendable()
    print('d result', r)
    return r
g = d()
print(next(g), g.send('a'), g.throw(KeyError('x')), g.send('b'))
try: g.send('c')
except StopIteration as e: print('stop', e.value)
g = d(); next(g); g.close(); print('closed d')
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
def e():
    try:
        yield from NoThrow()
    except ValueError as ex:
        print('e caught', ex)
        yield 'e-recovered'
g = e(); next(g); print(g.throw(ValueError('v')))
class CloseFails:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): raise RuntimeError('close failed')
def f():
    try:
        yield from CloseFails()
    except RuntimeError as ex:
        print('f caught', ex)
        raise
g = f(); next(g)
try: g.close()
except RuntimeError as ex: print('close raised', ex)
def inner():
    try:
        yield 1
    except GeneratorExit:
        print('inner got GeneratorExit')
        raise
def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print('outer got GeneratorExit')
        raise
g = outer(); next(g); g.close()
def inner2():
    yield 1
    yield 2
def outer2():
    x = yield from inner2()
g = outer2(); next(g)
print(g.gi_running)
def reent():
    yield from reent_inner()
def reent_inner():
    try:
        yield 1
    except KeyError:
        print('reentrant running?', gen.gi_running)
        yield 2
gen = reent(); next(gen); print(gen.throw(KeyError))
def thrower():
    yield 1
g = thrower(); next(g)
for args in [(ValueError,), (ValueError, 'msg'), (ValueError, ValueError('inst')), (ValueError('a'), 'b'), (5,), (ValueError, ('t', 1)), (ValueError, None, 5)]:
    g = thrower(); next(g)
    try: g.throw(*args)
    except Exception as ex: print(type(ex).__name__, repr(ex))
def deep():
    yield from deeper()
def deeper():
    yield from deepest()
def deepest():
    yield 1
    raise ValueError('deepest error')
try:
    list(deep())
except ValueError:
    import traceback; print(traceback.format_exc().replace(__file__, 'FILE'))
g = deep(); next(g)
try: g.throw(TypeError('thrown deep'))
except TypeError:
    import traceback; print(traceback.format_exc().replace(__file__, 'FILE'))
import sys, gc
def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
g = outer()
print(g.gi_yieldfrom)
next(g); print(g.gi_yieldfrom)
next(g); print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
def lst():
    yield from [1, 2]
h = lst(); next(h); print(type(h.gi_yieldfrom).__name__)
list(g); print(g.gi_yieldfrom)
class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a):
        print('throw args', len(a), [type(x).__name__ for x in a])
        raise StopIteration('via throw')
def o2():
    r = yield from It()
    print('o2 got', r)
    yield 'after'
for args in [(ValueError,), (ValueError, 'm'), (ValueError, None, None), (ValueError('i'),)]:
    x = o2(); next(x); print(x.throw(*args))
x = o2(); next(x)
class BadNew(Exception):
    def __new__(cls, *a): return 5
def g():
    yield 1
x = g(); next(x)
try: x.throw(BadNew)
except TypeError as e: print(e)
