import threading
class MyLocal(threading.local):
    initialized = 0
    def __init__(self, v, *, tag="t"):
        MyLocal.initialized += 1
        self.v = v
        self.tag = tag
ml = MyLocal(5, tag="x")
seen = []
def f(i):
    seen.append((ml.v, ml.tag))
    ml.v = i
    seen.append(ml.v)
ts = [threading.Thread(target=f, args=(i,)) for i in (10, 20)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen, key=str), ml.v, MyLocal.initialized)
def g():
    ml.extra = 1
    seen.append(ml.__dict__)
t = threading.Thread(target=g); t.start(); t.join()
print(seen[-1], MyLocal.initialized)
plain = threading.local()
plain.a = 1
def h():
    seen.append(hasattr(plain, 'a'))
    plain.a = 2
t = threading.Thread(target=h); t.start(); t.join()
print(seen[-1], plain.a)
try:
    threading.local(1)
except TypeError as e:
    print("TE", e)
class Counter(threading.local):
    def __init__(self):
        self.n = 0
c = Counter()
def bump():
    for _ in range(3): c.n += 1
    seen.append(c.n)
ts = [threading.Thread(target=bump) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(seen[-3:], c.n)
del c
