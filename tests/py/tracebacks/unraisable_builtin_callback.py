# An exception raised by a builtin used as a weakref callback gets the current Python frame as its
# traceback in the unraisable report; __del__ sees the line where its object died; threading's
# camelCase aliases warn.
import sys
import threading
import weakref


class K:
    pass


k = K()
p = weakref.proxy(k, len)
del k
print('after del')


class D:
    def __del__(self):
        f = sys._getframe(1)
        print('del seen from line', f.f_lineno, f.f_code.co_name)


def f():
    x = D()
    y = 1
    x = None
    return y


f()
a = D()
b = 5
a = 7
t = threading.Thread(target=lambda: None, name='T')
print(t.getName(), t.isDaemon())
t.setName('U')
print(threading.currentThread().name, threading.activeCount())
e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
raise SystemExit('done')
