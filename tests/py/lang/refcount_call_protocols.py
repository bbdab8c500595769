# sys.getrefcount inside methods CPython reaches through tp_call and friends: a class call's
# argument tuple and the caller's stack hold the arguments while __init__ / __new__ run (and
# the kwargs dict and unpacked array with keywords); a with statement's bound __exit__ holds the
# manager during the normal-exit call; str(x) / print(x) hold x in an argument tuple; format()
# binds __format__
import sys
class A:
    def __init__(self, o, k=None):
        print('init o', sys.getrefcount(o), 'k', sys.getrefcount(k) if k is not None else '-')
o = object()
A(o)
A(o, o)
A(o, k=o)
def f():
    p = object()
    A(p)
f()
class WithNew:
    def __new__(cls, x):
        print('new x', sys.getrefcount(x))
        return super().__new__(cls)
    def __init__(self, x):
        print('init x', sys.getrefcount(x))
WithNew(o)
class NoStr:
    def __repr__(self):
        print('repr', sys.getrefcount(self))
        return 'x'
    def __format__(self, spec):
        print('format', sys.getrefcount(self))
        return 'f'
n = NoStr()
str(n)
print(n)
repr(n)
format(n, '')
print(f'{n}')
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit', a[0], sys.getrefcount(self))
        return True
cm = CM()
with cm:
    pass
with cm:
    raise ValueError
with CM() as c:
    pass
del c
print('after', sys.getrefcount(o), sys.getrefcount(n), sys.getrefcount(cm))
