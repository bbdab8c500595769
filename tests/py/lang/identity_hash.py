# identity hashes: hash(o) == id(o) >> 4, as _Py_HashPointer on 16-byte aligned objects
class A: pass
a = A()
def f(): pass
print(hash(a) == id(a) >> 4, hash(a) == object.__hash__(a), type(hash(a)).__name__, hash(A) == id(A) >> 4, hash(len) != 0)
print(id(a) == id(a), a.__hash__() == hash(a), hash(a) > 0, hash(None) == id(None) >> 4, hash(f) == id(f) >> 4, hash(object) == id(object) >> 4)
e = ValueError(); print(hash(e) == id(e) >> 4, hash(int) == id(int) >> 4, hash(object()) != 0, hash(a) == hash(a))
class B:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
b = B(); print(hash(b) == id(b) >> 4, {b: 1}[b], len({a, a, A()}))
s = {a}; print(a in s, A() in s); d = {a: 1, A: 2, None: 3, f: 4}; print(d[a], d[A], d[None], d[f])
n = float('nan'); m = float('nan'); print(hash(n) == id(n) >> 4, hash(n) == hash(n), hash(n) != hash(m), n.__hash__() == hash(n), {n: 1}[n], len({n, m, n}))
