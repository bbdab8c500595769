# Reference-count storms and deallocation cascades. Prints one JSON line per case:
# {"case": ..., "ops": N, "seconds": S} timed with time.perf_counter inside the program.
import sys, time
N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
def report(case, ops, t0):
    print('{"case": "%s", "ops": %d, "seconds": %.6f}' % (case, ops, time.perf_counter() - t0))
def storm():
    x = object()
    l = [None] * 8
    for i in range(N // 8):
        l[0] = x; l[1] = x; l[2] = x; l[3] = x; l[4] = x; l[5] = x; l[6] = x; l[7] = x
    return l
t0 = time.perf_counter(); storm(); report('incref/decref storm (list slot stores)', N, t0)
def tree(depth):
    return [tree(depth - 1), tree(depth - 1)] if depth else None
t0 = time.perf_counter(); t = tree(17); n = 2 ** 17
del t
report('build + free a binary tree of lists (2**17 nodes)', n, t0)
class Cell:
    __slots__ = ('next',)
def chain(n):
    head = None
    for _ in range(n):
        c = Cell(); c.next = head; head = c
    return head
t0 = time.perf_counter(); h = chain(N // 4); del h
report('build + free a linked chain (trashcan cascade)', N // 4, t0)
