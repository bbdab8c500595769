import threading, time
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, Future, CancelledError, FIRST_COMPLETED
def sq(x):
    return x * x
def fail(x):
    raise ValueError(f"bad {x}")
with ThreadPoolExecutor(max_workers=3) as ex:
    f = ex.submit(sq, 7)
    print(f.result(), f.done(), f.exception())
    print(list(ex.map(sq, range(6))))
    fs = [ex.submit(sq, i) for i in range(5)]
    print(sorted(x.result() for x in as_completed(fs)))
    bad = ex.submit(fail, 1)
    try:
        bad.result()
    except ValueError as e:
        print("VE", e, type(bad.exception()).__name__)
    done, not_done = wait(fs)
    print(len(done), len(not_done))
    got = []
    g = ex.submit(sq, 3)
    g.add_done_callback(lambda fut: got.append(fut.result()))
    g.result()
print(got, repr(g).split(" state=")[1])
try:
    ex.submit(sq, 1)
except RuntimeError as e:
    print("RE", e)
fu = Future()
print(fu.cancel(), fu.cancelled(), fu.done())
try:
    fu.result()
except CancelledError:
    print("cancelled")
f2 = Future(); f2.set_result(5); print(f2.result(), repr(f2).split(" state=")[1])
try:
    f2.set_result(6)
except cf.InvalidStateError as e:
    print("ISE", type(e).__name__)
print(cf.TimeoutError is TimeoutError)
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    names = sorted(set(ex.map(lambda _: threading.current_thread().name, range(4))))
print(all(n.startswith("pool_") for n in names))
ex = ThreadPoolExecutor(2)
r = ex.submit(sum, [1, 2, 3])
print(r.result())
print("end")
def slow(n):
    time.sleep(0.02 * n)
    return n
with ThreadPoolExecutor(max_workers=4) as ex:
    fs = {ex.submit(slow, n): n for n in (3, 1, 2)}
    out = []
    for f in as_completed(fs):
        out.append(f.result())
    print(sorted(out))
    results = list(ex.map(slow, [2, 1, 0]))
    print(results)
    for r in ex.map(slow, [1, 0]):
        print("r", r)
    done, nd = wait([ex.submit(slow, 1), ex.submit(slow, 2)], return_when=FIRST_COMPLETED)
    print(len(done) >= 1)
lock = threading.Lock()
total = [0]
def add(k):
    for _ in range(100):
        with lock:
            total[0] += k
with ThreadPoolExecutor(3) as ex:
    list(ex.map(add, range(5)))
print(total[0])
