# staticmethod(f) / classmethod(f) copy f's __module__, __name__, __qualname__, __doc__ and
# __annotations__ into their own __dict__ (no delegation to f otherwise); they take attributes;
# the objects and their dicts show in gc.get_count(), as does type(name, bases, ns)'s argument tuple
import gc, sys
def f(a: int) -> str:
    "doc of f"
sm = staticmethod(f)
cm = classmethod(f)
print(sm.__dict__)
print(cm.__dict__)
print(sm.__name__, sm.__qualname__, sm.__doc__, sm.__module__, sm.__wrapped__ is f, cm.__func__ is f)
print(sm.__annotations__ is f.__annotations__)
try:
    sm.__code__
except AttributeError as e:
    print('AttributeError', e)
class C:
    @staticmethod
    def s():
        "sdoc"
    @classmethod
    def c(cls):
        "cdoc"
print(C.__dict__['s'].__doc__, C.__dict__['s'].__name__, C.__dict__['c'].__qualname__, C.__dict__['c'].__doc__)
sm.x = 5
print(sm.x, sorted(sm.__dict__))
class MySM(staticmethod):
    def __init__(self, fn):
        super().__init__(fn)
        self.extra = 1
s = MySM(f)
print(sorted(s.__dict__), s.__doc__)
gc.disable()
def g(): pass
g.__annotations__
def count(make):
    gc.collect()
    before = gc.get_count()[0]
    x = make()
    return gc.get_count()[0] - before
print('staticmethod(g)', count(lambda: staticmethod(g)))
print('classmethod(g)', count(lambda: classmethod(g)))
print('property(g)', count(lambda: property(g)))
print("type('K', (), {})", count(lambda: type('K', (), {})))
def make_class():
    class K:
        pass
    return K
print('class statement', count(make_class))
gc.enable()
def cyclic_class():
    class K:
        @staticmethod
        def s(): pass
        @classmethod
        def c(cls): pass
cyclic_class()
print('class with a staticmethod and a classmethod:', gc.collect())
