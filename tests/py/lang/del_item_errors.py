# del x[k] on objects without __delitem__: "doesn't support" (PySequence_DelItem: classes have sequence
# methods, an index key) or "does not support" (PyObject_DelItem)
class A: pass
class S:
    def __getitem__(self, i): return 1
class L:
    def __len__(self): return 1
for o in [A(), S(), L(), 5, 'abc', (1,), frozenset(), None, range(3), b'x']:
    for k in [0, 'k', slice(1)]:
        try:
            del o[k]
        except TypeError as e:
            print(type(o).__name__, repr(k), e)
