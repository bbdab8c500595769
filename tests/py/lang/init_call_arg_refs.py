import sys, gc
class Boom(Exception): pass
class A:
    def __init__(self, x, y=None):
        self.x = x
        print('in init', sys.getrefcount(x), len(gc.get_referrers(x)))
        if y == 'raise': raise Boom()
        if y == 'ret': return 5
class D:
    def __del__(self): print('D dies')
def mk():
    return A(D())
a = mk()
print('made')
del a
print('--')
try:
    A(D(), 'raise')
except Boom:
    print('caught')
print('--')
try:
    A(D(), 'ret')
except TypeError as e:
    print(e)
print('--')
o = object()
print(sys.getrefcount(o))
for i in range(3):
    try:
        A(o, 'raise')
    except Boom: pass
print(sys.getrefcount(o))
class M:
    def make(self, v): return A(v)
print(type(M().make(o)).__name__, sys.getrefcount(o))
def rec(n):
    if n == 0: return 0
class P:
    def __init__(self, x):
        print('init self', sys.getrefcount(self), 'x', sys.getrefcount(x))
P(o)
