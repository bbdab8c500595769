# WeakValueDictionary / WeakKeyDictionary / WeakSet: the full mapping / set API, generator
# views, pending removals while iterating, |, ==, copy, KeyedRef, and ref.__callback__
import weakref, gc, copy
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'A(%r)' % self.n
objs = [A(i) for i in range(5)]
wvd = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
print(len(wvd), wvd[2], wvd.get(9, 'no'), 3 in wvd)
print(wvd.setdefault(10, objs[0]), wvd.pop(10), len(wvd))
k, v = wvd.popitem(); print(k, v, len(wvd))
print(type(wvd.keys()).__name__, type(wvd.items()).__name__, type(wvd.values()).__name__)
print(sorted(wvd.items()), sorted(wvd.values(), key=lambda a: a.n))
del objs[1]
print(sorted(wvd))
try:
    wvd[1]
except KeyError as e:
    print('KeyError', e)
print(wvd == {0: objs[0], 2: objs[1], 3: objs[2]}, wvd != {}, wvd == 5)
for key in wvd:
    if key == 2:
        del objs[1]
        print('deleted during iteration')
print('after iteration', len(wvd), sorted(wvd))
w2 = wvd | {9: objs[0]}
print(type(w2).__name__, sorted(w2), sorted(({7: objs[0]} | wvd).keys()))
wvd |= {8: objs[0]}
vr = wvd.valuerefs()
print(type(vr[0]).__name__, sorted(r.key for r in vr), len(list(wvd.itervaluerefs())))
print(type(copy.copy(wvd)).__name__, len(copy.deepcopy(wvd)))
e = weakref.WeakValueDictionary()
try:
    e.popitem()
except KeyError as ex:
    print('KeyError', ex.args)
print(e.pop('zz', 'dflt'), list(e.items()))
print(weakref.WeakValueDictionary[int, str], weakref.WeakSet[int])
ks = [A(i) for i in range(3)]
wk = weakref.WeakKeyDictionary()
for i, key in enumerate(ks):
    wk[key] = i
del key
it = iter(wk)
next(it)
del ks[2]
print('wk len while iterating', len(wk))
del it
print('wk len after', len(wk), sorted(wk.values()), type(wk.keys()).__name__, len(wk.keyrefs()))
print(wk.popitem()[1] in (0, 1), len(wk), 1 in wk)
ws = weakref.WeakSet(ks)
print(len(ws), ws == weakref.WeakSet(ks), ws == set(ks))
print(repr(weakref.WeakSet()))
g = iter(ws)
next(g)
ks.clear()
print('ws len while iterating', len(ws))
del g
print('ws len after', len(ws))
def cb(r):
    print('callback, __callback__ now', r.__callback__)
x = A('x')
r = weakref.ref(x, cb)
print(r.__callback__ is cb, weakref.ref(x).__callback__)
del x
print(r.__callback__)
gc.collect()
class Holder: pass
def cyclic(kind):
    h = Holder(); h.me = h; h.c = kind()
for kind in (weakref.WeakValueDictionary, weakref.WeakKeyDictionary, weakref.WeakSet):
    cyclic(kind)
    print(kind.__name__, 'cycle collected', gc.collect())
