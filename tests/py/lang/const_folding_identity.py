# constants folded at compile time and merged across one module's code objects are one object
import sys
a = 'x' * 20
b = 'x' * 20
c = 'ab' + 'cd'
d = 'abcd'
print(a is b, c is d, (1, 2) + (3,), (1,) * 3, b'ab' * 2, 2 ** -1, 7.0 // 2, 1 / 3, 3 % 2.5, 2.0 ** 0.5)
print(-True, ~True, 'a' * -1 == '', 5 * 'ab', (1, 2) * 0, 2 ** 200 == 1 << 200, 10 ** 30 * 10 ** 30 == 10 ** 60)
t = (1, 2) + (3,)
print(sys.getrefcount(t))
kk = (1, 2)
print(sys.getrefcount(kk))
def local_tuple():
    t = (3, 4)
    return sys.getrefcount(t)
print(local_tuple())
x = 1000
s = 'hello world'
tt = (1, 2, 'a b')
def f():
    return 1000, 'hello world', (1, 2, 'a b')
p, q, r = f()
print(p is x, q is s, r is tt, sys.getrefcount(x), sys.getrefcount(s), sys.getrefcount(tt))
def g():
    v = 1000
    w = 1000
    return sys.getrefcount(v), v is w
print(g())
big1 = 2 ** 70
big2 = 2 ** 70
print(big1 is big2, 3 ** 0.5, 0.1 + 0.2, 1e308 * 10, -7 // 2, -7 % 3, -7.5 // 2)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(e)
