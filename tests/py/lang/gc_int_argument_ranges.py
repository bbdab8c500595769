# The gc module's integer arguments are C ints / Py_ssize_t: CPython's OverflowErrors and ValueErrors.
import gc
cases = [
    lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect(2**31), lambda: gc.collect(-2**31 - 1),
    lambda: gc.collect(10**20), lambda: gc.get_objects(2**40), lambda: gc.get_objects(2**70),
    lambda: gc.get_objects(-1), lambda: gc.set_threshold(2**40), lambda: gc.set_threshold(-2**40),
    lambda: gc.set_threshold(2**70), lambda: gc.set_debug(2**40), lambda: gc.collect(1.5),
]
for f in cases:
    try:
        r = f()
        print('ok', r if not isinstance(r, list) else len(r) >= 0)
    except Exception as e:
        print(type(e).__name__, e)
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
