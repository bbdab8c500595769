# list capacities (sys.getsizeof) of displays as CPython 3.11 compiles them: [a, *b] built from the
# items before the star then extended (_PyList_Extend: length hint, exact preallocation, a
# user __len__ called), displays over 30 items grown by appends, and a, *b = v's starred list
import sys
a = [1, 2]
class C:
    def __iter__(self): return iter([1, 2, 3])
    def __len__(self): print('len called'); return 3
def g(): yield from range(5)
for v in [[1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6, 7], [*a, *a, *a], [*range(9)], [0, *a], [*C()], [*g()], [*'abcdefg'], [*{1: 2, 3: 4, 5: 6}], list((1, 2, 3, 4, 5))]:
    print(len(v), sys.getsizeof(v))
x = [a, *a]; print(sys.getsizeof(x))
try:
    [*5]
except TypeError as e:
    print(e)
try:
    [*None]
except TypeError as e:
    print(e)
def g(n): yield from range(n)
for n in range(0, 14):
    a, *r = range(n + 1); b, *r2 = list(range(n + 1)); c, *r3 = g(n + 1); *r4, d = tuple(range(n + 1)); e, *r5, f = 'x' * (n + 2)
    print(n, sys.getsizeof(r), sys.getsizeof(r2), sys.getsizeof(r3), sys.getsizeof(r4), sys.getsizeof(r5), r5 == ['x'] * n)
x, *y = {1: 2, 3: 4}
print(sys.getsizeof(y), y)
*z, = iter([1, 2, 3])
print(sys.getsizeof(z))
v = 1
l = [v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v]; print(31, sys.getsizeof(l))
t = (v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,); print(33, sys.getsizeof(t), len(t))
