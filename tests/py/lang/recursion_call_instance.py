# calling an instance runs __call__ through slot_tp_call: one more recursion level per call (CPython's
# _PyObject_MakeTpCall), so a recursion through __call__ stops at half the depth
import sys
class A:
    n = 0
    def __call__(self):
        A.n += 1
        return self()
try:
    A()()
except RecursionError as e:
    print(A.n, e)
class B:
    n = 0
    def __call__(self, x):
        B.n += 1
        return self(x)
try:
    B()(1)
except RecursionError as e:
    print(B.n, e)
class C:
    n = 0
    def m(self):
        C.n += 1
        f = self.m
        return f()
try:
    C().m()
except RecursionError as e:
    print(C.n, e)
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def total(n):
    return n if n == 0 else n + total(n - 1)
print(total(300))
try:
    total(2000)
except RecursionError as e:
    print('total(2000):', e, len(total.cache))
