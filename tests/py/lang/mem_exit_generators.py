# Generators are finalized by the collector (their close() runs as a finalizer): suspended
# generators held by globals run their finally blocks at exit, and a suspended generator no
# longer keeps its module's globals alive.
import gc


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print('gen finally', name)


def plain():
    yield 1


g1 = gen('g1')
next(g1)
g2 = gen('never started')
p = plain()
next(p)


class K:
    def __del__(self):
        print('K del')


k = K()

# a generator in a cycle through its own frame: close() breaks the cycle while the collector
# finalizes it, so refcounting frees both and collect() reports 0
d = {}


def holder(x):
    try:
        yield x
    finally:
        print('holder finally')


h = holder(d)
next(h)
d['h'] = h
del d, h
print('collected', gc.collect())
print('end')
