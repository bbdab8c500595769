import sys
def gen():
    yield 1
c = gen.__code__
print(sys.getrefcount(gen), sys.getrefcount(c))
g = gen()
print(sys.getrefcount(gen), sys.getrefcount(c))
next(g)
print(sys.getrefcount(gen), sys.getrefcount(c))
for x in g: pass
print(sys.getrefcount(gen), sys.getrefcount(c))
del g
print(sys.getrefcount(gen), sys.getrefcount(c))
def f(): return sys.getrefcount(f.__code__)
print(sys.getrefcount(f.__code__), f())
def gen():
    yield 1
    yield 2
c = gen.__code__
print(sys.getrefcount(c))
g = gen()
print(sys.getrefcount(c))
next(g)
print(sys.getrefcount(c))
del g
print(sys.getrefcount(c))
def mk():
    def inner(): return sys.getrefcount(inner.__code__)
    return inner
h = mk()
print(h())
code = h.__code__
del h
print(sys.getrefcount(code))
class A:
    def m(self): return sys.getrefcount(A.m.__code__)
print(A().m(), sys.getrefcount(A.m.__code__))
def rec(n):
    if n == 0: return sys.getrefcount(rec.__code__)
    return rec(n - 1)
print(rec(5))
