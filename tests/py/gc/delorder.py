import gc, weakref
class D:
    def __del__(self):
        print('  __del__: weakref alive?', R[0]() is not None)
def cb(r): print('  weakref callback')
R = [None]
d = D(); R[0] = weakref.ref(d, cb)
print('refcount death:'); del d
d = D(); d.me = d; R[0] = weakref.ref(d, cb)
print('gc death:'); del d; gc.collect()
