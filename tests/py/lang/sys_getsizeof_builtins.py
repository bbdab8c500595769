# sys.getsizeof: CPython 3.11 sizes from each object's length, capacity and table size
import sys
class A: pass
class S:
    __slots__ = ('a', 'b')
class S0:
    __slots__ = ()
class L(list): pass
class I(int): pass
class T(tuple): pass
class W:
    __slots__ = ('__weakref__',)
def f(): pass
vals = [0, 1, -1, 2**30 - 1, 2**30, 2**60, 2**90, True, False, None, 1.5, '', 'a', 'abc', 'é', 'éé', '€', '😀', 'a' * 100,
        b'', b'abc', bytearray(), bytearray(b'abc'), (), (1,), (1, 2, 3), [], [1], [1, 2, 3], list(range(10)), {}, {'a': 1},
        {1: 1}, dict(a=1, b=2, c=3, d=4, e=5, f=6), {i: i for i in range(10)}, set(), {1}, {1, 2, 3, 4, 5}, set(range(10)),
        frozenset(), frozenset({1}), A(), S(), S0(), f, range(10), slice(1, 2), iter([]), object(), Ellipsis, 10**100,
        -2**30, 2**31, 1.0e300, ' ' * 1000, L(), L([1, 2]), I(5), T((1, 2)), W(), list(range(5)), [0] * 10,
        [x for x in range(10)], 'abc' * 3, str(12345), {'a': 1, 'b': 2, 'c': 3}, dict.fromkeys(range(6))]
print([sys.getsizeof(v) for v in vals])
l = []; out = []
for i in range(20):
    out.append(sys.getsizeof(l)); l.append(i)
print(out)
d = {}; out = []
for i in range(25):
    out.append(sys.getsizeof(d)); d[str(i)] = i
print(out)
d = {}; out = []
for i in range(25):
    out.append(sys.getsizeof(d)); d[i] = i
print(out)
s = set(); out = []
for i in range(25):
    out.append(sys.getsizeof(s)); s.add(i)
print(out)
l = list(range(100)); out = []
while l:
    out.append(sys.getsizeof(l)); l.pop()
print(out[::7])
d = {i: i for i in range(20)}
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
print(sys.getsizeof(dict(zip(range(8), range(8)))), sys.getsizeof({1, 2, 3, 4, 5, 6}), sys.getsizeof(set([1, 2, 3, 4, 5, 6])))
print(sys.getsizeof(frozenset(range(100))), sys.getsizeof({x for x in range(10)}), sys.getsizeof(list('abcdefg')))
print(sys.getsizeof(sorted(range(7))), sys.getsizeof(list(map(str, range(7)))), sys.getsizeof([*range(3)]))
