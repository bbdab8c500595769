import sys
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v, o.v, sys.getrefcount(self))
        return self.v == o.v
    def __lt__(self, o):
        print('lt', self.v, o.v, sys.getrefcount(self))
        return self.v < o.v
a = (E(1), E(2)); b = (E(1), E(3))
print(a < b, a == b, a != b, a > b)
la = [E(1), E(2)]; lb = [E(1), E(3)]
print(la < lb, la == lb, la <= lb)
print((1, 2) < (1, 2, 3), (1, 'a') < (1, 'b'), [1, [2, 3]] == [1, [2, 3]], (1, 2) == (1, 2.0), [] < [1], (3,) > (2, 9))
class M:
    def __init__(self, l): self.l = l
    def __eq__(self, o):
        self.l.clear()
        return True
l1 = []; l2 = [0, 1]
l1.extend([M(l1), 5]); 
print(l1 == l2, l1)
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(e)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
