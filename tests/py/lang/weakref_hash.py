# a weak reference hashes as its referent (all 64 bits), and keeps the hash once the referent died
import weakref


class O: pass


class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h


m = O()
r = weakref.ref(m)
print(hash(r) == hash(m), hash(weakref.proxy) is not None)
for v in [0, 1, -2, 2**31, 2**40, -2**40, 2**62, -2**63, 2**63 - 1, 12345678901234567]:
    h = H(v)
    print(v, hash(weakref.ref(h)) == hash(h), hash(weakref.ref(h)))
h = H(2**50)
r = weakref.ref(h)
hash(r)
del h
print(hash(r), r() is None)
try:
    hash(weakref.ref(H(7)))
except TypeError as e:
    print('TypeError:', e)
d = {r: 'dead key'}
print(d[r])
