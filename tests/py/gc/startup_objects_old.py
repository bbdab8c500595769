# __main__'s dict is old when the program starts (CPython's start-up ran full collections): a
# young-generation collection does not reorder the globals' objects, and exit finalizes them in
# the order CPython does.
import gc
class Node:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
c = Node('a')
e = Node('b')
c = Node('c')
print("collect0", gc.collect(0)); x = Node("x"); print(gc.collect())
