import sys
class O: pass
o = O()
print(sys.getrefcount(o))
l = [o, o]
print(sys.getrefcount(o))
d = {'k': o}
print(sys.getrefcount(o))
def f(x):
    return sys.getrefcount(x)
print(f(o))
t = (o,)
print(sys.getrefcount(o))
del l, d, t
print(sys.getrefcount(o))
a = o; b = o
print(sys.getrefcount(o))
del a, b
class H:
    def m(self):
        return sys.getrefcount(self)
h = H()
print(h.m(), sys.getrefcount(h))
bm = h.m
print(sys.getrefcount(h))
del bm
print(sys.getrefcount(h))
x = []
print(sys.getrefcount(x))
it = iter(x)
print(sys.getrefcount(x))
del it
g = (i for i in x)
print(sys.getrefcount(x))
del g
print(sys.getrefcount(x))
def closure():
    v = []
    def inner():
        return v
    return inner, sys.getrefcount(v)
fn, rc = closure()
print(rc, sys.getrefcount(fn()))
s = 'some unique string value'
print(sys.getrefcount(s) > 1)
n = 10 ** 30
print(sys.getrefcount(n))
m = {}
m['a'] = m
print(sys.getrefcount(m))
class WithAttr: pass
wa = WithAttr()
val = object()
wa.v = val
print(sys.getrefcount(val))
WithAttr.cv = val
print(sys.getrefcount(val))
del WithAttr.cv
print(sys.getrefcount(val))
try:
    raise ValueError(val)
except ValueError as e:
    print(sys.getrefcount(val))
print(sys.getrefcount(val))
lst = [val] * 5
print(sys.getrefcount(val))
lst.clear()
print(sys.getrefcount(val))
print(sys.getrefcount(O), sys.getrefcount(H))
kk = (1, 2)
ss = {kk}
print(sys.getrefcount(kk))
print(sys.getrefcount(f))
