# __del__ and resurrection: gc.is_finalized inside __del__ (refcount death: not yet; collection: already), one call only
import gc, sys
gc.collect()
saved = None
class R:
    def __init__(self, n): self.n = n
    def __del__(self):
        global saved
        print('__del__', self.n, sys.getrefcount(self))
        saved = self
r = R(1); del r
print('saved', saved.n, sys.getrefcount(saved))
saved = None
print('after second drop')
c = R(2); c.me = c; del c
print('collect', gc.collect())
print('saved', saved.n)
saved.me = None
saved = None
print('collect2', gc.collect())
class Q:
    def __del__(self):
        print('Q del', gc.is_finalized(self))
q = Q(); print(gc.is_finalized(q)); del q
lst = []
class L:
    def __del__(self): lst.append(self)
l = L(); l.me = l; del l
print(gc.collect(), len(lst), gc.is_finalized(lst[0]))
lst.clear()
print(gc.collect())
