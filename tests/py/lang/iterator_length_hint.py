# __length_hint__ of the builtin iterators
objs = {'list': iter([1, 2]), 'listrev': reversed([1, 2]), 'tuple': iter((1, 2)), 'str': iter('ab'), 'range': iter(range(3)), 'rangerev': reversed(range(3)), 'set': iter({1, 2}), 'dict': iter({1: 2}), 'dictrev': reversed({1: 2}), 'bytes': iter(b'ab'), 'bytearray': iter(bytearray(b'ab')), 'reversed': reversed('ab'), 'enum': enumerate([1]), 'zip': zip([1]), 'map': map(abs, [1]), 'callable': iter(int, 1), 'seq': iter(type('S', (), {'__getitem__': lambda s, i: 1 / 0})()), 'gen': (x for x in [])}
for k, it in objs.items():
    print(k, type(it).__name__, hasattr(it, '__length_hint__'), it.__length_hint__() if hasattr(it, '__length_hint__') and k != 'seq' else '')
import operator
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2])), operator.length_hint(x for x in []), operator.length_hint((x for x in []), 7))
l = [1, 2, 3]; it = iter(l); next(it); print(it.__length_hint__()); l.append(4); print(it.__length_hint__())
class Sized:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i >= 5: raise IndexError
        return i
si = iter(Sized()); next(si); print(si.__length_hint__())
class Unsized:
    def __getitem__(self, i): return i
print(iter(Unsized()).__length_hint__())
r = reversed('abcd'); next(r); print(r.__length_hint__(), list(r), r.__length_hint__())
s = iter('héllo😀'); next(s); print(s.__length_hint__())
lr = [1, 2, 3]; ri = reversed(lr); next(ri); lr.clear(); print(ri.__length_hint__())
st = {1, 2, 3}; sit = iter(st); next(sit); print(sit.__length_hint__()); st.add(9); print(sit.__length_hint__())
