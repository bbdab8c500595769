# With the collector disabled there is no full collection before the modules are removed, so
# the final collection sees the objects in creation order.
import gc
import sys


class T:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag, sys is not None)


x = T('x')
pair = [T('l0'), T('l1')]
y = T('y')
gc.disable()
print('end')
