# Condition.notify(n) wakes the longest waiters first, also when they wait through a keyword
# call (cond.wait(timeout=...)), which runs in the thread's own loop and parks it.
import threading
import time

cond = threading.Condition()
woken = []


def waiter(i):
    with cond:
        if cond.wait(timeout=2):
            woken.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
time.sleep(0.05)
with cond:
    cond.notify(2)
time.sleep(0.05)
print(sorted(woken))
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(woken))


class Box:
    def put(self, value, *, tag='x'):
        return (value, tag)


print(Box().put(1, tag='y'))
