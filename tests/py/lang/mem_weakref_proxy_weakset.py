# weakref.proxy: a CallableProxyType for callables, unhashable, isinstance through __class__;
# WeakSet's set operations.
import gc
import weakref


class A:
    def __init__(self, v):
        self.v = v

    def __call__(self, x):
        return x * 2

    def __repr__(self):
        return 'A(%d)' % self.v


class Plain:
    pass


a = A(5)
p = weakref.proxy(a)
print(type(p).__name__, p(4), p.v, isinstance(p, A), p == a)
try:
    hash(p)
except TypeError as e:
    print(e)
n = Plain()
pn = weakref.proxy(n)
print(type(pn).__name__, weakref.proxy(n) is pn, isinstance(pn, Plain), isinstance(pn, weakref.ProxyType))
for f in (lambda: hash(pn), lambda: pn()):
    try:
        f()
    except TypeError as e:
        print(e)


class Fake:
    @property
    def __class__(self):
        return int


print(isinstance(Fake(), int), isinstance(Fake(), Fake), isinstance(Fake(), str))

keys = [A(i) for i in range(5)]
s1 = weakref.WeakSet(keys[:3])
s2 = weakref.WeakSet(keys[2:])
print(len(s1 | s2), len(s1 & s2), len(s1 - s2), len(s1 ^ s2), s1.isdisjoint(s2))
print(weakref.WeakSet(keys[:1]) <= s1, s1 >= weakref.WeakSet(keys[:2]), s1 == weakref.WeakSet(keys[:3]))
s3 = s1.copy()
s3 |= s2
print(len(s3), sorted(x.v for x in s3))
del keys[0]
gc.collect()
print(len(s1), len(s3), sorted(x.v for x in s1))
popped = s2.pop()
print(len(s2), popped in keys)
