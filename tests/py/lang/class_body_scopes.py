def show(fn):
    try: print(repr(fn()))
    except Exception as e: print(f'{type(e).__name__}: {e}')
x = 'global x'
class A:
    x = 'class x'
    y = [x for _ in range(1)]
    def m(self): return x
    z = (lambda: x)()
    w = x.upper()
print(A.y, A().m(), A.z, A.w)
def f():
    x = 'local x'
    class B:
        print('in B body', x)
        x = 'B x'
        print('after assign', x)
        def m(self): return x
    return B
print(f()().m())
def g():
    v = 1
    class C:
        nonlocal v
        v = 2
    return v
print(g())
class D:
    global gv
    gv = 'set from class'
print(gv)
class E:
    a = 1
    b = 2
    del a
    __qualname__ = 'Custom.Name'
    c = locals().copy()
print(sorted(k for k in E.c if not k.startswith('__')), E.__qualname__, hasattr(E, 'a'))
def h():
    class F:
        def m(self): return __class__
        def n(self): return super().__init__
    return F
F = h()
print(F().m() is F, F.__qualname__)
class G:
    items = []
    def add(self, x): self.items.append(x)
g1, g2 = G(), G()
g1.add(1); g2.add(2)
print(G.items, g1.items is g2.items)
class H:
    count = 0
    def __init__(self):
        H.count += 1
        self.count += 10
h1 = H(); h2 = H()
print(H.count, h1.count, h2.count)
class I:
    def __init__(self): pass
    __init__.__doc__ = 'doc'
    attr = __init__.__name__
print(I.attr)
class J:
    try:
        1/0
    except ZeroDivisionError:
        handled = True
    for i in range(3): pass
    if i == 2: last = i
print(J.handled, J.i, J.last)
class K:
    def __init_subclass__(cls): print('sub', cls.__name__)
    class Inner: pass
class L(K):
    class Inner(K.Inner): pass
print(L.Inner.__qualname__, L.Inner.__mro__[1].__qualname__)
show(lambda: type('M', (), {'__qualname__': 5}))
class N:
    __slots__ = ()
    __doc__ = 'N doc'
print(N.__doc__)
class O:
    print(__name__, __module__, __qualname__)
