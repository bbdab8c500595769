# A generator holds its code, not its function: closing it (as the collector's finalizer does)
# releases the frame, the function and the closure cells, so gc.collect() counts only the
# generator and the list of the cycle.
import gc, weakref
gc.collect()
def make(kind):
    def g():
        if kind:
            try:
                yield 1
            finally:
                pass
        else:
            yield 1
    it = g()
    next(it)
    l = [it]
    l.append(l)
    return weakref.ref(g)
for kind in (0, 1):
    r = make(kind)
    print('function alive before collect:', r() is not None)
    print('collected:', gc.collect())
    print('function alive after collect:', r() is not None)
def h():
    yield 1
it = h()
print(it.gi_code is h.__code__, it.gi_code.co_name)
next(it)
r = weakref.ref(h)
del h
print('function kept by the suspended frame:', r() is not None)
it.close()
print('function released by close():', r() is None, it.gi_code.co_name)
gc.set_debug(gc.DEBUG_SAVEALL)
make(0)
print(gc.collect(), sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
