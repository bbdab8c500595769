# gc.get_referrers: locals of running frames (functions, generators) are not referents of anything
import gc, sys
class X: pass
def f():
    x = X()
    refs = gc.get_referrers(x)
    print(len(refs), [type(r).__name__ for r in refs])
    y = [x]
    print([type(r).__name__ for r in gc.get_referrers(x)])
    frame = sys._getframe()
    print([type(r).__name__ for r in gc.get_referrers(x)])
f()
def g():
    x = X()
    yield [type(r).__name__ for r in gc.get_referrers(x)]
print(next(g()))
x = X()
print([type(r).__name__ for r in gc.get_referrers(x)])
def h(a):
    return [type(r).__name__ for r in gc.get_referrers(a)]
print(h(X()))
class Y:
    def m(self):
        return [type(r).__name__ for r in gc.get_referrers(self)]
print(Y().m())
