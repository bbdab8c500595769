import queue, threading
q = queue.Queue()
for i in range(5): q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)])
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), queue.Empty)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty timeout")
b = queue.Queue(maxsize=2)
b.put(1); b.put(2)
print(b.full())
try:
    b.put_nowait(3)
except queue.Full as e:
    print("Full", repr(e), queue.Full)
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full timeout")
try:
    b.put(3, timeout=-1)
except ValueError as e:
    print("VE", e)
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for x in [(3,'c'),(1,'a'),(2,'b')]: pq.put(x)
print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(1); sq.put(2); print(sq.qsize(), sq.get(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("sq empty")
try:
    sq.get_nowait()
except queue.Empty:
    print("sq empty2")
work = queue.Queue()
results = []
lock = threading.Lock()
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done(); break
        with lock:
            results.append(item * item)
        work.task_done()
ths = [threading.Thread(target=worker) for _ in range(3)]
for t in ths: t.start()
for i in range(10): work.put(i)
for _ in ths: work.put(None)
work.join()
for t in ths: t.join()
print(sorted(results), work.unfinished_tasks)
try:
    work.task_done()
except ValueError as e:
    print("VE", e)
print(queue.Queue[int], type(queue.Queue()).__name__)
bq = queue.Queue(1)
out = []
def prod():
    for i in range(5): bq.put(i)
    bq.put(None)
t = threading.Thread(target=prod); t.start()
while (x := bq.get()) is not None: out.append(x)
t.join(); print(out)
print(issubclass(queue.Empty, Exception), queue.SimpleQueue, queue.Full.__module__)
