import gc, weakref
gc.collect()
saved = []
class R:
    def __del__(self):
        print('  __del__ called on', type(self).__name__)
        saved.append(self)
a = R(); b = R(); a.o = b; b.o = a
del a, b
n = gc.collect()
print('resurrecting pair: collect() ->', n, '; saved', len(saved), '; is_finalized', gc.is_finalized(saved[0]))
saved.clear()
n = gc.collect()
print('after dropping resurrected refs: collect() ->', n, '(__del__ not called again)')

class W: pass
a = W(); b = W(); a.o = b; b.o = a
holder = {}
def cb(ref):
    print('  weakref callback ran')
    holder.clear()
holder['r'] = weakref.ref(a, cb)
del a, b
print('cycle + external weakref w/ callback: collect() ->', gc.collect())

a = W(); a.me = a
r = weakref.ref(a)
del a
print('self-cycle + weakref w/o callback: collect() ->', gc.collect(), '; r() ->', r())
