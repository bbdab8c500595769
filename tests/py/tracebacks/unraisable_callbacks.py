# Exceptions in gc callbacks and weakref callbacks are reported as unraisable, naming the
# callback by its repr; frames of pyvm's frozen _thread module (C code in CPython) are hidden.
import gc
import time
import weakref


class Named:
    def __init__(self, name, exc):
        self.name = name
        self.exc = exc

    def __repr__(self):
        return self.name

    def __call__(self, *args):
        raise self.exc


class A:
    pass


gc.callbacks.append(Named('GcCallback', RuntimeError('gc callback failed')))
print('collect', gc.collect())
gc.callbacks.clear()
a = A()
r = weakref.ref(a, Named('WeakCallback', KeyError('k')))
del a
print('after weakref death')


import threading
time.sleep(-1)
