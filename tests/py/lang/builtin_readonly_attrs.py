# setting attributes of builtin objects: READONLY members, getsets without setter, function __dict__,
# and a bound method's attribute lookup falling through to its function (whose error it is)
def show(fn):
    try:
        r = fn()
        print('ok', repr(r))
    except BaseException as e:
        print(f'{type(e).__name__}: {e}')
show(lambda: setattr(range(3), 'start', 1))
show(lambda: delattr(range(3), 'step'))
show(lambda: setattr(slice(1), 'stop', 2))
show(lambda: setattr(1j, 'real', 2))
show(lambda: setattr(1j, 'imag', 2))
show(lambda: setattr(property(), 'fget', None))
show(lambda: setattr(property(), '__isabstractmethod__', True))
show(lambda: setattr(staticmethod(len), '__func__', 1))
show(lambda: setattr(classmethod(len), '__wrapped__', 1))
def gen():
    yield
show(lambda: setattr(gen(), 'gi_frame', 1))
show(lambda: setattr(gen(), 'gi_running', 1))
def f():
    pass
f.a = 1
show(lambda: setattr(f, '__dict__', 5))
show(lambda: delattr(f, '__dict__'))
f.__dict__ = {'b': 2}
print(f.b, hasattr(f, 'a'))
class B:
    def meth(self):
        pass
bm = B().meth
show(lambda: bm.x)
show(lambda: setattr(bm, 'x', 1))
B.meth.tag = 'tagged'
print(bm.tag, hasattr(bm, 'x'), getattr(bm, 'x', 'dflt'))
try:
    bm.nope
except AttributeError as e:
    print(e.name, e.obj is B.meth)
