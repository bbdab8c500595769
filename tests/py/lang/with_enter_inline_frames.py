import threading, time
sem = threading.Semaphore(1)
order = []
def worker(i):
    with sem:
        order.append(i)
        time.sleep(0.01)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(order))  # (the wake-up order is up to the OS scheduler, in CPython too)
class CM:
    def __enter__(self):
        print('enter'); return 42
    def __exit__(self, *a):
        print('exit', a[0]); return True
with CM() as v:
    print('body', v)
with CM() as v:
    raise ValueError('x')
print('after')
class Bad:
    def __enter__(self, x): return 1
    def __exit__(self, *a): pass
try:
    with Bad(): pass
except TypeError as e:
    print(e)
class G:
    def __enter__(self):
        yield 1
    def __exit__(self, *a): pass
with G() as g:
    print(type(g).__name__)
import sys
class R:
    def __enter__(self):
        print(sys.getrefcount(self)); return self
    def __exit__(self, *a): pass
with R(): pass
def deep(n):
    with CM2():
        return deep(n + 1)
class CM2:
    def __enter__(self): return self
    def __exit__(self, *a): return False
try:
    deep(0)
except RecursionError as e:
    print('rec', e)
