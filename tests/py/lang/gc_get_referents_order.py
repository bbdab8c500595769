# gc.get_referents follows CPython's traverse functions: lists and tuples last item first,
# str-keyed dicts (and instance dicts) only their values, other dicts value then key
import gc
class N:
    pass
n = N(); n.a = 1; n.b = 'x'
print(gc.get_referents([1, 'a', 2.5]))
print(gc.get_referents((1, 'a', 2.5)))
print(gc.get_referents({'a': 1, 'b': 2}))
print(gc.get_referents({1: 'a', 2: 'b'}))
print(gc.get_referents({'a': 1, 2: 'b'}))
print(gc.get_referents(n))
print(gc.get_referents(n.__dict__))
print(gc.get_referents([1], (2,)))
print(gc.get_referents(1, 'a'))
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = 5; s.q = 'y'
print(gc.get_referents(s))
x = [1, 2]
holder = {'k': x}
print(holder in gc.get_referrers(x))
key = 'some key'
print(len([r for r in gc.get_referrers(key) if r is holder]))
