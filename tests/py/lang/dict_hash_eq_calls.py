# __hash__/__eq__ calls made by dict/set insertion, resize, copy, update and ==
calls = []
class K:
    def __init__(self, v, h): self.v, self.h = v, h
    def __hash__(self): calls.append(('hash', self.v)); return self.h
    def __eq__(self, o): calls.append(('eq', self.v, getattr(o, 'v', o))); return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f'K{self.v}'
d = {}
for i in range(6): d[K(i, i % 2)] = i
print(calls); calls.clear()
print(d[K(4, 0)], calls); calls.clear()
print(K(7, 1) in d, calls); calls.clear()
s = {K(1, 5), K(2, 5), K(1, 5)}
print(len(s), calls); calls.clear()
print(list(d), calls); calls.clear()
del d[K(2, 0)]; print(calls); calls.clear()
print([K(1, 0)] == [K(1, 0)], calls); calls.clear()
print(K(1, 0) in [K(0, 0), K(1, 0)], calls); calls.clear()
print([K(3, 0), K(1, 0)].index(K(1, 0)), calls); calls.clear()
print((K(1, 0),) == (K(1, 0),), calls); calls.clear()
x = K(1, 0); print([x] == [x], x in [x], calls); calls.clear()
print({1: 'a'} == {1.0: 'a'}, {K(1, 3): 1} == {K(1, 3): 1}, calls); calls.clear()
print(frozenset([K(1, 2)]) == frozenset([K(1, 2)]), calls); calls.clear()
print(set([K(1, 1), K(2, 1)]) & set([K(2, 1)]), calls); calls.clear()
s = set()
for i in range(12): s.add(K(i, i % 3))
print(calls); calls.clear()
s2 = set(K(i, i % 2) for i in range(7)); print(len(s2), calls); calls.clear()
print(s2 == set(s2), calls); calls.clear()
print(s2 <= s2 | {K(99, 0)}, calls); calls.clear()
d = dict.fromkeys(K(i, 0) for i in range(7)); print(len(d), calls); calls.clear()
d2 = dict(d); print(calls); calls.clear()
d3 = {**d}; print(calls); calls.clear()
d.update({K(50, 1): 0}); print(calls); calls.clear()
print(d.keys() == d2.keys(), calls); calls.clear()
print(K(3, 0) in d.keys(), calls); calls.clear()
fs = frozenset(s2); print(hash(fs) == hash(frozenset(s2)), calls); calls.clear()
src = {K(i, i % 3): i for i in range(9)}
calls.clear()
del src[K(4, 1)]
calls.clear()
c = src.copy(); print(len(c), calls); calls.clear()
d = {K(100, 0): 0}; d.update(src); print(len(d), calls); calls.clear()
e = {}; e.update(src); print(len(e), calls); calls.clear()
f = dict(src); print(len(f), calls); calls.clear()
g = {K(100, 0): 0, **src}; print(len(g), calls); calls.clear()
for i in range(5): del c[K(i * 2, (i * 2) % 3)]
calls.clear()
h = c.copy(); print(len(h), calls); calls.clear()
print(K(8, 2) in h, calls); calls.clear()
big = {K(i, 0): i for i in range(20)}; calls.clear()
m = {K(-1, 0): 0}; m.update(big); print(len(m), len(calls)); calls.clear()
