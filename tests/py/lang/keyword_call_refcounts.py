import sys, gc
def show(obj, label="", *, extra=None):
    return (label, sys.getrefcount(obj), extra)
x = object()
print(show(x), show(x, label="x"), show(x, "p", extra=1), show(obj=x, label="kwonly"))
def g(a, b=2, **kw):
    yield a + b
    yield sorted(kw.items())
print(list(g(1, b=5, z=3)), list(g(a=1)))
def f(a, b): return a - b
print(f(b=1, a=10))
for bad in (lambda: f(1, c=2), lambda: f(1, a=2), lambda: f(b=1), lambda: show()):
    try: bad()
    except TypeError as e: print("TE", e)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def boom(o, *, why):
    raise ValueError(why)
try:
    boom(D(1), why="w")
except ValueError as e:
    print("caught", e)
print("after")
def rec(n, *, acc=0):
    return acc if n == 0 else rec(n - 1, acc=acc + n)
print(rec(500, acc=0))
try:
    rec(5000, acc=0)
except RecursionError as e:
    print("RE", e)
class C:
    def m(self, a, *, k=1): return a * k
print(C().m(3, k=4), C.m(C(), 2, k=5))
print(sorted([3, 1, 2], key=lambda v: -v, reverse=True), dict(a=1, b=2), "{x}".format(x=5))
lst = []
def app(v, *, into): into.append(v); return sys.getrefcount(into)
print(app(1, into=lst), lst)
