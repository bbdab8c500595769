import sys
o = object()
class A:
    def __init__(self, x=None, **kw):
        print(type(self).__name__, 'x', sys.getrefcount(x), sys.getrefcount(kw))
A(x=o)
A(o, k=1)
class N:
    def __new__(cls, x): 
        print('new x', sys.getrefcount(x)); return super().__new__(cls)
    def __init__(self, x): print('N init x', sys.getrefcount(x))
N(o)
class L(list):
    def __init__(self, x): print('L init x', sys.getrefcount(x))
L(o)
list(map(A, [o]))
args = (o,)
A(*args)
def f(x): print('f x', sys.getrefcount(x))
f(o)
f(x=o)
f(*args)
m = A.__init__
m(A.__new__(A), o)
d = {'x': o}
A(**d)
A(*args, **{'k': o})
class C:
    def __call__(self, v, **kw): print('call v', sys.getrefcount(v))
c = C()
c(o)
c(o, z=1)
c(*args)
c(*args, **{'z': o})
