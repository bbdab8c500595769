# threading objects as CPython builds them: a Condition's acquire/release are its lock's bound
# methods, a Thread carries its excepthook closure and a weak reference in threading's
# bookkeeping (both show in gc.collect() counts), and the synchronization objects' reprs.
import threading, gc, sys, re
gc.collect()
class Box: pass
def in_cycle(make):
    b = Box(); b.me = b; b.x = make()
for name in ['Lock', 'RLock', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Event']:
    in_cycle(getattr(threading, name))
    print(name, 'in a cycle:', gc.collect())
in_cycle(lambda: threading.Barrier(2))
print('Barrier in a cycle:', gc.collect())
in_cycle(lambda: threading.Thread(target=print))
print('Thread in a cycle:', gc.collect())
class Worker:
    def __init__(self):
        self.t = threading.Thread(target=self.work)
    def work(self):
        pass
w = Worker()
del w
print('never-started worker:', gc.collect())
w = Worker(); w.t.start(); w.t.join()
del w
print('joined worker:', gc.collect())
class T(threading.Thread):
    def run(self):
        self.me = self
t = T(); t.start(); t.join(); del t
print('thread subclass keeping itself:', gc.collect())
lk = threading.Lock()
print('lock refcount', sys.getrefcount(lk))
c = threading.Condition(lk)
print('lock in a Condition', sys.getrefcount(lk))
rl = threading.RLock()
c2 = threading.Condition(rl)
print('rlock in a Condition', sys.getrefcount(rl))
print(c.acquire(timeout=1), c.release())
def r(o):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', repr(o))
s = threading.Semaphore(2); s.acquire()
print(r(s))
b = threading.BoundedSemaphore(3); b.acquire()
print(r(b))
e = threading.Event(); print(r(e)); e.set(); print(r(e))
ba = threading.Barrier(2); print(r(ba)); ba.abort(); print(r(ba))
class MySem(threading.Semaphore): pass
print(r(MySem(4)))
