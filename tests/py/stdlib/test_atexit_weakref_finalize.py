# atexit callbacks run last-registered first before module teardown; weakref.finalize's
# atexit behaviour (newest first, atexit=False ones never called); WeakMethod; weakrefs to
# functions; sys.is_finalizing
import atexit, weakref, sys, gc

class A:
    pass

def bye(name, punct="!"):
    print("bye", name + punct, sys.is_finalizing())

atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")

@atexit.register
def deco():
    print("decorated")

def gone():
    print("never")

atexit.register(gone)
atexit.unregister(gone)
try:
    atexit.register(1)
except TypeError as e:
    print("TE", e)

a = A(); b = A()
fa = weakref.finalize(a, print, "fin a")
fb = weakref.finalize(b, print, "fin b")
print(fa.alive, fa.atexit, fa.peek()[0] is a)
f = weakref.finalize(A(), print, "fin temp")
print(f.alive)
c = A()
fc = weakref.finalize(c, print, "fin c (atexit off)")
fc.atexit = False
d = A()
fd = weakref.finalize(d, print, "detached")
print(fd.detach()[0] is d, fd.alive, fd.detach())

def func():
    pass
r = weakref.ref(func, lambda w: print("func gone"))
print(r() is func, weakref.getweakrefcount(func))
del func
print(r())
def g():
    pass
g.me = g
rg = weakref.ref(g, lambda w: print("g gone"))
del g
print("collect", gc.collect(), rg())

class K:
    def meth(self):
        return 5
k = K()
wm = weakref.WeakMethod(k.meth, lambda w: print("wm dead"))
print(wm()(), wm == weakref.WeakMethod(k.meth), isinstance(wm, weakref.ref))
del k
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TE", e)
class O:
    pass
o = O()
print(hex(id(o)) in repr(o), hex(id(o)) in repr(weakref.ref(o)))
print(sys.is_finalizing())
print("end of main")
