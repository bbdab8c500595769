# __slots__ names are member descriptors on the class; unset slots raise AttributeError
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(P.x, type(P.x).__name__, p.x, hasattr(p, 'y'), getattr(p, 'y', 'default'))
p.y = 5
print(p.y)
del p.y
try:
    p.y
except AttributeError as e:
    print(e)
try:
    del p.y
except AttributeError as e:
    print(e)
try:
    p.z = 1
except AttributeError as e:
    print(e)
class Q(P):
    __slots__ = ('z',)
q = Q(3)
q.z = 4
print(q.x, q.z, Q.z, Q.x, Q.__slots__, 'x' in P.__dict__, 'x' in Q.__dict__)
try:
    P.x.__get__(5)
except TypeError as e:
    print(e)
try:
    class R:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(e)
P.x.__set__(p, 9)
print(p.x, P.x.__get__(p), P.x.__get__(None, P) is P.x)
P.x.__delete__(p)
print(hasattr(p, 'x'))
class A:
    @property
    def p(self):
        raise AttributeError('custom')
    @property
    def q(self):
        return self.missing
a = A()
print(hasattr(a, 'p'), getattr(a, 'p', 'd'), hasattr(a, 'q'))
for name in ['p', 'q']:
    try:
        getattr(a, name)
    except AttributeError as e:
        print(e)
class B(A):
    def __getattr__(self, n):
        return 'ga:' + n
b = B()
print(b.p, b.q, getattr(b, 'p'), hasattr(b, 'zz'))
