# gc.get_count() moves as CPython 3.11's allocations do: a class call builds an argument tuple
# (and a kwargs dict + kwnames tuple) through tp_call, as do str()/int()/bytes()/slice()/property();
# an exception's args tuple is the call's; the slice cache is warm; class statements allocate
# the (object,) bases tuple, the mro, getsets, a weakref to the class, ht_slots.
import gc
import weakref

gc.disable()


class A:
    def __init__(self, x=None):
        pass


class B:
    def __init__(self, *a):
        pass


class C:
    def __init__(self, **k):
        pass


class E(Exception):
    pass


def measure(name, fn):
    gc.collect()
    c0 = gc.get_count()[0]
    r = fn()
    c1 = gc.get_count()[0]
    print(f'{name:12s} {c1 - c0 - 1}')
    return r


keep = []
for name, fn in [('A()', lambda: A()), ('A(1)', lambda: A(1)), ('A(x=1)', lambda: A(x=1)),
                 ('B(1)', lambda: B(1)), ('B(1,2,3)', lambda: B(1, 2, 3)), ('C(x=1)', lambda: C(x=1)),
                 ('str(1)', lambda: str(1)), ("int('3')", lambda: int('3')), ('bytes(1)', lambda: bytes(1)),
                 ('slice(1)', lambda: slice(1)), ('[1,2][1:]', lambda: [1, 2, 3][1:]),
                 ('property', lambda: property(lambda s: 1)), ('E(1)', lambda: E(1)),
                 ('ValueError', lambda: ValueError('x')), ('KeyError2', lambda: KeyError(1, 2))]:
    keep.append(measure(name, fn))

gc.collect()
c = [gc.get_count()]


class A2:
    pass


c.append(gc.get_count())


class S:
    __slots__ = ('a',)


c.append(gc.get_count())


class S2:
    __slots__ = ('a', 'b')


c.append(gc.get_count())


class B2(A2):
    def m(self):
        pass


c.append(gc.get_count())
print([b[0] - a[0] for a, b in zip(c, c[1:])])
print(weakref.getweakrefcount(A2), weakref.getweakrefcount(B2), weakref.ref(A2) is weakref.getweakrefs(A2)[0])
