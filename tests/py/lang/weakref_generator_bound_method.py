# generators and bound methods take weak references (gi_weakreflist, im_weakreflist); a
# generator's weak references die before it is closed
import weakref, gc, sys
class A:
    def m(self): return 'm called'
a = A()
r = weakref.ref(a.m)
print('bound method ref dies at once:', r())
bm = a.m
r2 = weakref.ref(bm, lambda x: print('method ref cb'))
print(r2()(), r2() is bm)
del bm
print(r2())
wm = weakref.WeakMethod(a.m)
print(wm()())
print(sys.getsizeof(a.m), weakref.getweakrefcount(a.m))
def g(): yield 1
gen = g()
gr = weakref.ref(gen, lambda x: print('gen ref cb'))
next(gen)
del gen
print('gen gone', gr())
def cyc():
    def g2():
        me = yield
        yield
    it = g2(); next(it); it.send(it)
    return weakref.ref(it, lambda x: print('cyclic gen cb'))
rr = cyc()
print(rr() is not None, gc.collect(), rr())
