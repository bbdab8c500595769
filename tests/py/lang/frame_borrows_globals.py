import sys, gc
g = globals()
def gen():
    yield sys.getrefcount(g)
    yield sys.getrefcount(g)
it = gen()
print(next(it), sys.getrefcount(g))
print(len([r for r in gc.get_referrers(g) if type(r).__name__ == 'generator']))
print(next(it))
def outer():
    def inner():
        return sys.getrefcount(g)
    return inner()
print(outer(), sys.getrefcount(g))
ns = {}
exec("import sys\ndef f(): return sys.getrefcount(globals())\nr = f()", ns)
print(ns['r'], sys.getrefcount(ns))
def f(): return sys.getrefcount(globals())
def h(): return f()
print(sys.getrefcount(globals()) - f(), f() - h())
