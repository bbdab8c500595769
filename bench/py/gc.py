# gc.collect() over live tracked objects, cyclic garbage, and automatic collections.
import sys, time, gc
SIZES = [int(a) for a in sys.argv[1:]] or [10_000, 100_000, 1_000_000]
def report(case, ops, t0, extra=0):
    print('{"case": "%s", "ops": %d, "seconds": %.6f, "result": %d}' % (case, ops, time.perf_counter() - t0, extra))
gc.disable()
for n in SIZES:
    live = [[] for _ in range(n)]
    gc.collect()
    t0 = time.perf_counter(); r = gc.collect(); report(f'full collect, {n} live tracked objects', n, t0, r)
    del live
    gc.collect()
for n in SIZES[:2]:
    for _ in range(n // 2):
        a = []; b = [a]; a.append(b)
    del a, b
    t0 = time.perf_counter(); r = gc.collect(); report(f'collect {n} objects of cyclic garbage', n, t0, r)
gc.enable()
t0 = time.perf_counter()
keep = []
for i in range(SIZES[-1] // 2):
    keep.append([i])
report('allocation with automatic collections (700/10/10)', SIZES[-1] // 2, t0, gc.get_stats()[0]['collections'])
