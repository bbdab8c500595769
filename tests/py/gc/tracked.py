import gc
class A: pass
a = A(); a.x = 1
d = a.__dict__
b = A(); b.y = []
items = [
 ('int 1', 1), ('str', 'abc'), ('float', 1.5), ('None', None),
 ('empty tuple ()', ()), ('tuple of atoms (1,"a")', (1, 'a')), ('fresh tuple(1,2) built at runtime', tuple([1, 2])),
 ('tuple holding list', ([],)), ('empty list', []), ('list of ints', [1, 2]),
 ('empty dict {}', {}), ('dict of atoms {1:"a"}', {1: 'a'}), ('dict holding list', {1: []}),
 ('set()', set()), ('frozenset()', frozenset()), ('instance', a), ('instance __dict__ (atomic values)', d),
 ('instance __dict__ holding list', b.__dict__),
 ('function', gc.collect), ('lambda', lambda: 0), ('class A', A), ('bytes', b'x'), ('bytearray', bytearray()),
]
for name, o in items:
    print(f'{name:40s} {gc.is_tracked(o)}')
t = tuple([1, 2])
print('runtime tuple(1,2) before collect:', gc.is_tracked(t)); gc.collect(); print('after gc.collect():', gc.is_tracked(t))
dd = {}; dd['a'] = 1
print('dict after dd["a"]=1:', gc.is_tracked(dd)); dd['b'] = []; print('after dd["b"]=[]:', gc.is_tracked(dd)); del dd['b']; print('after del dd["b"]:', gc.is_tracked(dd)); gc.collect(); print('after full collect:', gc.is_tracked(dd))
