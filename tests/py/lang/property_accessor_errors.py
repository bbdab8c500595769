def show(fn):
    try: print(repr(fn()))
    except Exception as e: print(f'{type(e).__name__}: {e}')
class PE:
    a = property()
    b = property(lambda s: 1)
    class Inner:
        c = property(lambda s: 2)
show(lambda: PE().a)
def s1(): PE().a = 1
show(s1)
def s2(): del PE().a
show(s2)
def s3(): PE().b = 1
show(s3)
def s4(): del PE().b
show(s4)
def s5(): PE.Inner().c = 1
show(s5)
p = property(lambda s: 3)
PE.late = p
def s6(): PE().late = 1
show(s6)
show(lambda: PE.__dict__['a'].__get__(PE()))
show(lambda: PE.__dict__['a'].__set__(PE(), 1))
show(lambda: PE.__dict__['a'].__delete__(5))
show(lambda: PE.__dict__['b'].__set__('str', 1))
class Q:
    @property
    def x(self): return 1
    y = x
def s7(): Q().y = 2
show(s7)
class R:
    @property
    def v(self): return 1
    @v.deleter
    def v(self): print('deleted')
def s8(): R().v = 3
show(s8)
def s9(): del R().v
show(s9)
class SubProp(property): pass
class U:
    @SubProp
    def w(self): return 'w'
def s10(): U().w = 1
show(s10)
print(U().w, type(U.__dict__['w']).__name__)
import sys
def s11(): (1).real = 2
show(s11)
def s12():
    def f(): pass
    f.__code__ = 1
show(s12)
x = property(lambda s: 1)
x.__set_name__(Q, 'named')
def s13(): x.__set__(Q(), 1)
show(s13)
class CM:
    _registry = ['a', 'b']
    @classmethod
    @property
    def cls_prop(cls): return f'cls_prop of {cls.__name__}'
    @classmethod
    @property
    def count(cls): return len(cls._registry)
class Sub(CM):
    _registry = [1]
print(CM.cls_prop, CM().cls_prop, Sub.cls_prop, Sub.count, CM.count)
class Getter:
    def __get__(self, obj, typ): return ('get', obj.__name__ if obj else obj, typ.__name__)
class K:
    g = classmethod(Getter())
    s = classmethod(staticmethod(lambda: 'static'))
    c = classmethod(classmethod(lambda cls: cls.__name__))
    b = classmethod(len)
print(K.g, K().g, K.s(), K.c())
try: print(K.b())
except TypeError as e: print(e)
print(K.__dict__['g'].__get__(None, K), K.__dict__['g'].__get__(K()))
print(type(K.__dict__['c'].__get__(None, K)))
def f(): return 'f'
def g(): return 'g'
g.__code__ = f.__code__
print(g(), g.__name__, g.__code__ is f.__code__)
def outer():
    x = 1
    def inner(): return x
    return inner
i = outer()
try: f.__code__ = i.__code__
except ValueError as e: print(e)
try: f.__code__ = 5
except TypeError as e: print(e)
try: del f.__code__
except TypeError as e: print(e)
print(f())
