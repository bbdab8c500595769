# gc.get_count() around the first print() of a process (CPython 3.11 keeps one object it makes
# then), and automatic collections of cyclic garbage at a small threshold: the __del__ output falls
# where CPython's does.
import gc, sys
gc.collect()
c0 = gc.get_count()
print('x')
c1 = gc.get_count()
print('y')
c2 = gc.get_count()
sys.stdout.write('z\n')
c3 = gc.get_count()
print(c0, c1, c2, c3)
class Node:
    def __init__(self, name): self.name = name; self.ref = None
    def __del__(self): print('del', self.name)
gc.collect()
gc.set_threshold(40, 3, 3)
for i in range(12):
    a = Node('a%d' % i)
    b = Node('b%d' % i)
    a.ref = b; b.ref = a
    x = [i, str(i), (i, i + 1)]
    d = {'k': i}
    print('iter', i, gc.get_count())
del a, b
print('collect', gc.collect())
