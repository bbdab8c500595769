# f(*t) passes an exact tuple's items without new references; f(*x) of another iterable replaces x
# by a tuple; keyword arguments (**d) make CPython unpack every argument into a new array.
import sys


class A:
    pass


a = A()


def rc(x, *rest, **kw):
    return sys.getrefcount(x)


def w1(*args): return rc(*args)
def w2(*args, **kw): return rc(*args, **kw)
def w3(*args): return rc(*args, **{})
def w4(*args): return rc(*list(args))
def w5(**kw): return rc(**kw)
def w6(*args, **kw): return rc(*args, y=1, **kw)


t = (a,)
print(sys.getrefcount(a))
print('w1', w1(a))
print('w2', w2(a), w2(a, z=1))
print('w3', w3(a))
print('w4', w4(a))
print('w5', w5(x=a))
print('w6', w6(a))
print('star', rc(*t), rc(*t, **{}), rc(*[a]), rc(*(x for x in [a])))
print('direct', rc(a), rc(x=a))


def rcv(*xs): return sys.getrefcount(xs[0])


print('varargs', rcv(a), rcv(*t), rcv(*[a]))


def deco(f):
    def w(*a, **k): return f(*a, **k)
    return w


@deco
def rcd(x): return sys.getrefcount(x)


print('decorated', rcd(a), rcd(x=a))
