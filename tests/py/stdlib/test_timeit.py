import timeit
calls = []
def f(): calls.append(1)
t = timeit.timeit(f, number=5); print(type(t), len(calls))
print(isinstance(timeit.timeit('x = 1', number=10), float))
r = timeit.repeat('pass', repeat=3, number=10); print(len(r), all(isinstance(x, float) for x in r))
print(timeit.default_timer is __import__('time').perf_counter)
T = timeit.Timer('y = x * 2', setup='x = 5')
print(isinstance(T.timeit(100), float))
print(isinstance(timeit.timeit('g()', globals={'g': f}, number=3), float), len(calls))
print(isinstance(timeit.timeit('h()', setup='from __main__ import f as h', number=2), float), len(calls))
for bad in [lambda: timeit.Timer(1), lambda: timeit.Timer('pass', 1), lambda: timeit.timeit('undefined_name', number=1), lambda: timeit.Timer('x = (')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
ticks = iter(range(100))
print(timeit.Timer('pass', timer=lambda: next(ticks)).repeat(3, 10))
n, tt = timeit.Timer('pass', timer=iter(range(0, 10**6, 1)).__next__).autorange(lambda n, t: print('cb', n, t))
print(n, tt)
t2 = timeit.Timer("for i in range(3):\n    z = i\nq = 1")
print(t2.timeit(2) >= 0)
import gc
print(gc.isenabled())
