# errors in __set_name__ are wrapped in RuntimeError (3.11); class creation hook order
class D:
    def __set_name__(self, owner, name): raise ValueError('boom')
try:
    class A:
        x = D()
except Exception as e: print(type(e).__name__, e, repr(e.__cause__))
class Base:
    def __init_subclass__(cls, **kw): raise TypeError('no subclass ' + cls.__name__)
try:
    class S(Base): pass
except TypeError as e: print(e)
order = []
class Rec:
    def __init__(self, n): self.n = n
    def __set_name__(self, owner, name): order.append((self.n, name, owner.__name__))
class Meta(type):
    def __new__(m, name, bases, ns):
        order.append(('meta new', name))
        c = super().__new__(m, name, bases, ns)
        order.append(('meta new done', name))
        return c
    def __init__(cls, name, bases, ns):
        order.append(('meta init', name))
        super().__init__(name, bases, ns)
class P:
    def __init_subclass__(cls): order.append(('init_subclass', cls.__name__))
class C(P, metaclass=Meta):
    b = Rec(2)
    a = Rec(1)
print(order)
def deco(c): order.append(('deco', c.__name__)); return c
order.clear()
@deco
class E(P):
    z = Rec(0)
print(order)
