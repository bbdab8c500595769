# A thread's callable runs below CPython's bootstrap frames (_bootstrap, _bootstrap_inner and,
# for a target, Thread.run): they count against the recursion limit in the new thread
import sys, threading, _thread
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(120)
print('main', depth())
res = []
t = threading.Thread(target=lambda: res.append(depth()))
t.start(); t.join()
class T(threading.Thread):
    def run(self):
        res.append(depth())
t = T(); t.start(); t.join()
tm = threading.Timer(0.001, lambda: res.append(depth()))
tm.start(); tm.join()
lk = _thread.allocate_lock()
lk.acquire()
def raw():
    res.append(depth())
    lk.release()
_thread.start_new_thread(raw, ())
lk.acquire()
print(res)
