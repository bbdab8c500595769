# Constant default values make one constant tuple (shared by every function made from the same
# def), whose items stay in co_consts; reference counts of the defaults.
import sys


def f(a=1000, b='dd1', c=(5000, 'dd2'), d=None, e=-7000, g=2.5):
    return a


d = f.__defaults__
print(d, sys.getrefcount(d[0]), sys.getrefcount(d[1]), sys.getrefcount(d[2]), sys.getrefcount(d[2][0]),
      sys.getrefcount(d[4]), sys.getrefcount(d[5]))


def h(x=[]):
    x.append(1)
    return x


print(h(), h(), sys.getrefcount(h.__defaults__[0]))


def k(x, y=1000, *, z=2000):
    return sys.getrefcount(y)


print(k(1), k.__kwdefaults__, sys.getrefcount(k.__kwdefaults__['z']))
lam = lambda q=3000: q
print(sys.getrefcount(lam.__defaults__[0]))


def mk():
    def inner(a=4000, b=(1, 2)):
        return a
    return inner


i1 = mk()
i2 = mk()
print(i1.__defaults__ is i2.__defaults__, i1.__defaults__[1] is i2.__defaults__[1], sys.getrefcount(i1.__defaults__))
print([c for c in mk.__code__.co_consts if not hasattr(c, 'co_name')])
