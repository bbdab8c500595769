# An instance's Python __call__ runs through slot_tp_call: the argument tuple, the kwargs dict,
# and with keywords the kwnames tuple and unpacked array (holding self) exist during the call
# (gc.get_count, sys.getrefcount); a descriptor's __get__ runs with the lookup's reference held;
# __set_name__ and __reversed__ are called as bound methods
import gc, sys
gc.disable()
class C:
    def __call__(self, *a, **k):
        return sys.getrefcount(self)
class D:
    def __call__(self, x, y=0):
        return 1
c = C(); d = D()
def show(label, make):
    gc.collect()
    before = gc.get_count()
    x = make()
    after = gc.get_count()
    print(label, after[0] - before[0], x)
show('c()', lambda: c())
show('c(1)', lambda: c(1))
show('c(1, 2)', lambda: c(1, 2))
show('c(x=1)', lambda: c(x=1))
show('d(1)', lambda: d(1))
show('d(1, y=2)', lambda: d(1, y=2))
show('d(x=1)', lambda: d(x=1))
gc.enable()
class Desc:
    def __get__(self, inst, owner):
        print('get', sys.getrefcount(self))
        return 1
    def __set_name__(self, owner, name):
        print('set_name', name, sys.getrefcount(self))
class H:
    attr = Desc()
H().attr
H.attr
class R:
    def __reversed__(self):
        print('reversed', sys.getrefcount(self))
        return iter([])
r = R()
reversed(r)
