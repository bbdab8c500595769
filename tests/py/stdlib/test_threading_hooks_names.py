# threading details: a failing threading.excepthook goes to sys.excepthook (SystemExit from it is
# silent); C-type names in messages; Barrier(0) is accepted by 3.11; ThreadPoolExecutor's default size
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor


def worker():
    raise ValueError('in worker')


def bad_hook(args):
    raise KeyError('hook failed')


def show(tp, value, tb):
    print('sys.excepthook got', tp.__name__, value, tb is not None)


sys.excepthook = show
threading.excepthook = bad_hook
t = threading.Thread(target=worker)
t.start()
t.join()
threading.excepthook = lambda args: sys.exit(3)
t = threading.Thread(target=worker)
t.start()
t.join()
print('still running')
threading.excepthook = threading.__excepthook__
for obj in (threading.Lock(), threading.RLock(), threading.local()):
    try:
        obj.missing
    except AttributeError as e:
        print(e)
print(type(threading.Lock()), type(threading.local()))
b = threading.Barrier(0)
print(b.parties)
ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
ex.shutdown()
