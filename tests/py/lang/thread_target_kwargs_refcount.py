# A thread target called with keyword arguments runs, as in CPython, while the merged **kwargs
# dict and _PyStack_UnpackDict's copies of all argument values are alive (sys.getrefcount)
import threading, sys, _thread, gc
class A: pass
a = A(); b = A()
seen = []
def w(x, y=None):
    seen.append((sys.getrefcount(x), sys.getrefcount(y) if y is not None else None))
for kwargs in [dict(args=(a,)), dict(args=(a,), kwargs={'y': b}), dict(kwargs={'x': a, 'y': b}), dict(kwargs={'x': a})]:
    t = threading.Thread(target=w, **kwargs); t.start(); t.join()
lk = _thread.allocate_lock(); lk.acquire()
def raw(x, y=None):
    seen.append(('raw', sys.getrefcount(x), sys.getrefcount(y)))
    lk.release()
_thread.start_new_thread(raw, (a,), {'y': b})
lk.acquire()
print(seen, sys.getrefcount(a), sys.getrefcount(b))
gc.collect()
gc.disable()
cnt = []
def g(x=None):
    cnt.append(gc.get_count()[0])
t = threading.Thread(target=g, kwargs={'x': 1}); t.start(); t.join()
print(len(cnt))
