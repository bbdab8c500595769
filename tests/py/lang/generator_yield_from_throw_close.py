# gen.throw() and gen.close() while a `yield from` is in progress go to the delegate first
# (CPython's _gen_throw / gen_close): a generator delegate handles or converts the exception, an
# iterator delegate's throw() gets the arguments as given, a finished delegate resumes the outer
# generator after its loop, GeneratorExit closes the delegate; gi_yieldfrom names the delegate.
def leaf(name):
    try:
        while True:
            try:
                v = yield name
                print(name, 'got', v)
            except ValueError as e:
                print(name, 'handled', e)
                yield f'{name}-recovered'
    finally:
        print(name, 'closing')
def mid():
    r = yield from leaf('leaf')
    print('mid result', r)
def top():
    try:
        yield from mid()
    except KeyError as e:
        print('top caught', repr(e))
        yield 'top-recovered'
g = top()
print(next(g))
print(g.send(1))
print(g.throw(ValueError('v1')))
print(next(g))
print(g.throw(KeyError('k')))
print(g.gi_yieldfrom)
try: next(g)
except StopIteration: print('top done')
g = top(); next(g); print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__)
g.close(); print('closed nested')
def returner():
    try:
        yield 1
    except ValueError:
        return 'from-throw'
def outer():
    r = yield from returner()
    print('outer r', r)
    yield 'after'
o = outer(); next(o)
print(o.throw(ValueError))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, typ, val=None, tb=None):
        print('It.throw', repr(typ), val, tb)
        if typ is KeyError: raise StopIteration('stopped')
        return 'thrown-value'
    def close(self): print('It.close')
def deleg():
    r = yield from It()
    print('deleg r', r)
    yield 'end'
d = deleg(); print(next(d), d.throw(ValueError('x')), d.throw(KeyError), next(d, 'x'))
d = deleg(); next(d); d.close()
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
def deleg2():
    try:
        yield from NoThrow()
    except ValueError as e:
        print('deleg2 caught', e)
        yield 'ok'
d2 = deleg2(); next(d2); print(d2.throw(ValueError('nt'))); d2.close()
def failing_close():
    try:
        yield 1
    finally:
        raise RuntimeError('close failed')
def outer2():
    try:
        yield from failing_close()
    except RuntimeError as e:
        print('outer2 saw', e)
        raise
o2 = outer2(); next(o2)
try: o2.close()
except RuntimeError as e: print('close raised', e)
print(o2.gi_frame, o2.gi_yieldfrom)
def raiser():
    yield 1
    raise IndexError('boom')
def w():
    try:
        yield from raiser()
    except IndexError as e:
        print('w caught', e)
x = w(); next(x)
try: next(x)
except StopIteration: print('w done')
def gen_self_exit():
    try:
        yield 1
    except GeneratorExit:
        print('inner saw GeneratorExit')
        raise
def o3():
    try:
        yield from gen_self_exit()
    finally:
        print('o3 finally')
z = o3(); next(z)
try: z.throw(GeneratorExit)
except GeneratorExit: print('GeneratorExit propagated')
