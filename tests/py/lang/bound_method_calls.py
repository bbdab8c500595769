class C:
    def __init__(self, k): self.k = k
    def m(self, x, y=1): return self.k * x + y
    def g(self, n):
        for i in range(n): yield self.k + i
c = C(3)
f = c.m
print(f(2), f(2, y=5), f(x=4))
c.cb = C(10).m
print(c.cb(1), list(c.g(3)))
gm = c.g
print(list(gm(2)))
try: f()
except TypeError as e: print(e)
try: f(1, 2, 3)
except TypeError as e: print(e)
import sys
def deep(n, h): return h(n) if n == 0 else deep(n - 1, h)
print(deep(100, c.m))
class D:
    def __init__(self): self.handlers = [self.on_a, self.on_b]
    def on_a(self, v): return v + 1
    def on_b(self, v): return v * 2
    def run(self, v):
        for h in self.handlers: v = h(v)
        return v
print(D().run(5), sys.getrefcount(c) - 0)
