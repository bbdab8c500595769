# A collection finalizes its garbage one object at a time, holding only that object (CPython's
# finalize_garbage): a generator's close() frees what only its frame held, whose __del__ runs then.
import gc
class Node:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
def gen(x):
    try:
        yield x
        yield x
    finally:
        print('gen closing')
gc.disable()
d = [Node('m23')]
a = Node('n37')
bg = gen(a); next(bg)
a = None
print('collect', gc.collect())
d = gen = a = None
# the same at exit, after an explicit collection reordered the survivors
import sys
class Node2:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
def gen2(x):
    yield x
    yield x
keep = [Node2('m23')]
held = Node2('n37')
g2 = gen2(held); next(g2)
held = None
print('collect', gc.collect())
