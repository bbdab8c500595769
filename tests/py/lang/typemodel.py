# The class/type model: weak references to classes, abstract classes, __module__ of dynamic
# classes, __class_getitem__, __mro_entries__, type.__setattr__, function descriptors, slot
# wrappers, object.__getstate__/__reduce_ex__, mappingproxy, hash of big __hash__ results,
# property subclasses, aliased slot wrappers.
import gc
import sys
import types
import weakref
import copy
import abc
from abc import ABC, ABCMeta, abstractmethod


def section(name):
    print('---', name)


section('weakref to classes')
class W:
    pass
class Meta(type):
    pass
class WM(metaclass=Meta):
    pass
r1, r2 = weakref.ref(W), weakref.ref(WM)
print(r1() is W, r2() is WM, weakref.ref(int)() is int)
seen = []
r3 = weakref.ref(WM, lambda r: seen.append('WM died'))
del W, WM
gc.collect()
print(r1(), r2(), r3(), seen)
ws = weakref.WeakSet()
class Temp:
    pass
ws.add(Temp)
print(len(ws))
del Temp
gc.collect()
print(len(ws))

section('property.__isabstractmethod__')
class PA:
    @property
    def x(self):
        return 1
    @property
    @abstractmethod
    def y(self):
        return 2
def setter(s, v):
    pass
setter.__isabstractmethod__ = True
print(PA.x.__isabstractmethod__, PA.y.__isabstractmethod__, property(None, setter).__isabstractmethod__)
print(staticmethod(setter).__isabstractmethod__, classmethod(len).__isabstractmethod__)

section('abstract classes')
class Base(ABC):
    @abstractmethod
    def m(self):
        pass
    @abstractmethod
    def a(self):
        pass
class One(ABC):
    @abstractmethod
    def only(self):
        pass
for cls in (Base, One):
    try:
        cls()
    except TypeError as e:
        print(e)
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    def m(self):
        return 'm'
    def a(self):
        return 'a'
print(Impl().m(), Impl.__abstractmethods__)
class Half(Base):
    def m(self):
        return 1
try:
    Half()
except TypeError as e:
    print(e)
class AbsProp(ABC):
    @property
    @abstractmethod
    def val(self):
        ...
try:
    AbsProp()
except TypeError as e:
    print(e)
class AbsStatic(metaclass=ABCMeta):
    @staticmethod
    @abstractmethod
    def s():
        pass
print(AbsStatic.__abstractmethods__)
class OldStyle(ABC):
    @abc.abstractclassmethod
    def make(cls):
        ...
    @abc.abstractproperty
    def p(self):
        ...
print(sorted(OldStyle.__abstractmethods__))
class NoAbc:
    pass
NoAbc.__abstractmethods__ = frozenset({'y', 'x'})
try:
    NoAbc()
except TypeError as e:
    print(e)
NoAbc.__abstractmethods__ = frozenset()
print(type(NoAbc()).__name__)
print(object.__subclasshook__(int), object.__subclasshook__())
class Reg(ABC):
    pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(int, Reg), issubclass(str, Reg))
class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'):
            return True
        return NotImplemented
class Duck:
    def quack(self):
        pass
print(isinstance(Duck(), Quacks), issubclass(int, Quacks))

section('__module__ of dynamic classes')
C = type('C', (), {})
print(C.__module__, C, repr(C))
class MetaNew(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)
class D(metaclass=MetaNew):
    pass
E = MetaNew('E', (), {})
print(D.__module__, D, E.__module__, E)
print(type('F', (object,), {'__module__': 'mymod'}))

section('__class_getitem__')
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class GSub(G):
    pass
class GC:
    @classmethod
    def __class_getitem__(cls, item):
        return cls.__name__, item
class GCSub(GC):
    pass
print(G[int], GSub[str], GC[1], GCSub[2])

section('__mro_entries__')
class Mixin:
    def hi(self):
        return 'hi'
class Entry:
    def __mro_entries__(self, bases):
        return (Mixin,)
entry = Entry()
class FromEntry(entry):
    pass
print(FromEntry.__bases__, FromEntry.__orig_bases__[0] is entry, FromEntry().hi())
class Drop:
    def __mro_entries__(self, bases):
        return ()
class Dropped(Drop(), int):
    pass
print(Dropped.__bases__, len(Dropped.__orig_bases__))
class BadEntry:
    def __mro_entries__(self, bases):
        return 5
try:
    class Bad(BadEntry()):
        pass
except TypeError as e:
    print(e)
print('__orig_bases__' in type('Plain', (FromEntry,), {}).__dict__)
N = types.new_class('N', (entry,))
print(N.__bases__, N.__orig_bases__[0] is entry, types.resolve_bases((entry, int)))
M1 = type('M1', (type,), {})
M2 = type('M2', (type,), {})
A1, B1 = M1('A1', (), {}), M2('B1', (), {})
for make in (lambda: type('X', (A1, B1), {}), lambda: type('C', (1,), {})):
    try:
        make()
    except TypeError as e:
        print(e)
print(type(type('Y', (A1,), {})).__name__, type.__prepare__('x', ()))
from typing import Generic, TypeVar, List
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v):
        self.v = v
print(Box.__bases__, Box(3).v, Box.__orig_bases__, Box.__parameters__)
print(Box[int], Box[int](5).v)
class IntBox(Box[int]):
    pass
print(IntBox.__bases__, IntBox.__mro__)
class MyList(List[int]):
    pass
print(MyList.__bases__, MyList([1, 2]))
try:
    class PlainGeneric(Generic):
        pass
except TypeError as e:
    print(e)

section('type.__setattr__ / __delattr__')
class SA:
    pass
type.__setattr__(SA, 'x', 1)
print(SA.x)
type.__delattr__(SA, 'x')
print(hasattr(SA, 'x'))
class LogMeta(type):
    def __setattr__(cls, name, value):
        print('set', name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print('del', name)
        super().__delattr__(name)
class Logged(metaclass=LogMeta):
    pass
Logged.y = 5
print(Logged.y)
del Logged.y
print(hasattr(Logged, 'y'))
try:
    type.__setattr__(int, 'x', 1)
except TypeError as e:
    print(e)
print(type.__setattr__, type.__delattr__, int.__add__)

section('function __get__ / __call__')
def fn(self, x=0):
    return (type(self).__name__, x)
class FA:
    pass
fa = FA()
bound = fn.__get__(fa)
print(type(bound).__name__, bound(5), bound.__self__ is fa, fn.__get__(None, FA) is fn)
print(fn.__call__(fa, 3), (lambda: 42).__call__(), bound.__call__(7))
print(FA.__init__.__get__(fa)() is None)

section('slot wrappers only for real operations')
for o in [[], '', {}, 1, 1.0, (), set(), frozenset(), True, None, b'']:
    print(type(o).__name__, [n for n in dir(o) if n.startswith('__')])
print(hasattr([], '__sub__'), hasattr('a', '__mul__'), hasattr('a', '__sub__'), hasattr({}, '__or__'),
      hasattr({}, '__add__'), hasattr([], '__bool__'), hasattr(0, '__matmul__'))

section('__getstate__ / __getnewargs__ / __reduce_ex__')
class State:
    def __init__(self):
        self.x = 1
print(State().__getstate__(), object().__getstate__(), (1, 2).__getnewargs__())
class Slotted:
    __slots__ = ('a', 'b')
s = Slotted()
s.a = 1
print(s.__getstate__())
print(State().__reduce_ex__(2)[0].__name__, State().__reduce_ex__(2)[1][0].__name__, State().__reduce_ex__(2)[2])
class LL(list):
    pass
r = LL([1, 2]).__reduce_ex__(2)
print(r[1][0].__name__, r[2], list(r[3]), r[4])
r = State().__reduce_ex__(1)
print(r[0].__name__, r[1][0].__name__, r[1][1].__name__, r[2])
st = State()
st.y = [1]
cp = copy.deepcopy(st)
print(cp.__dict__, cp.y is st.y)

section('module type, mappingproxy')
m = type(sys)('foo')
print(m, m.__name__, m.__doc__, type(sys)('bar', 'the doc').__doc__)
class MyMod(types.ModuleType):
    pass
mm = MyMod('mm')
mm.attr = 3
print(mm.attr, mm.__name__, type(mm).__name__)
class HasDict:
    x = 1
    def f(self):
        pass
d = HasDict.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType)
try:
    d['y'] = 2
except TypeError as e:
    print(e)
try:
    del d['x']
except TypeError as e:
    print(e)
print('x' in d, d['x'], d.get('zz', 7), len(d) > 0, sorted(k for k in d if not k.startswith('__')))
print([k for k, v in d.items() if k == 'x'], (d | {'z': 1})['z'], dict(d)['x'])
print(repr(HasDict.__dict__)[:13], type(d.copy()).__name__)
HasDict.y = 2
print(d['y'])
mp = types.MappingProxyType({'a': 1})
print(mp, len(mp), list(mp.keys()), mp == {'a': 1})
for bad in ([1], 3):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)

section('hash of __hash__ results')
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [5, 2**61 - 1, 2**61, 2**64 + 7, -1, -2, -(2**61), -(2**63), -(2**70) - 3, 10**30, True]:
    print(v, hash(H(v)))
print(len({H(2**64 + 7), H(2**64 + 7)}))

section('property subclasses')
class P(property):
    pass
class UsesP:
    @P
    def x(self):
        return 1
    @x.setter
    def x(self, v):
        self._x = v
u = UsesP()
u.x = 5
print(u.x, u._x, type(UsesP.__dict__['x']).__name__)
class Q(property):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
q = Q(lambda s: 2, doc='qdoc')
print(q.extra, q.__get__(u), q.__doc__, type(q.getter(lambda s: 3)).__name__)
class R(property):
    pass
def getter_with_doc(self):
    "getter doc"
    return 0
print(R(getter_with_doc).__doc__, property(getter_with_doc).__doc__)
class Ro:
    @P
    def v(self):
        return 1
try:
    Ro().v = 2
except AttributeError as e:
    print(e)
class SM(staticmethod):
    pass
class CM(classmethod):
    pass
class UsesSM:
    @SM
    def s():
        return 's'
    @CM
    def c(cls):
        return cls.__name__
print(UsesSM.s(), UsesSM.c(), UsesSM().c())

section('aliased slot wrappers')
class I(int):
    __str__ = int.__repr__
    def __repr__(self):
        return 'I!'
print(str(I(5)), repr(I(5)))
class F(float):
    __str__ = float.__repr__
    def __repr__(self):
        return 'F!'
print(str(F(1.5)), repr(F(1.5)))
class L(list):
    __repr__ = list.__repr__
    def __str__(self):
        return 'L!'
print(repr(L([1])), str(L([1])))
class O:
    __repr__ = object.__repr__
class ObjRepr(list):
    __repr__ = object.__repr__
print(repr(ObjRepr()).startswith('<__main__.ObjRepr object at'))
