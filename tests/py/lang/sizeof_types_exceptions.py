# sys.getsizeof of classes, exception instances, locks, modules, proxies and str subclasses
import sys, threading, weakref


class A: pass
class B(A): pass
class S: __slots__ = ('x',)
class L(list): pass
class I(int): pass
class St(str): pass
class St2(str): __slots__ = ()
class M(type): pass
class WithMeta(metaclass=M): pass
class E(Exception): pass
class E2(Exception): __slots__ = ('a',)
class F(KeyError): pass
class G(OSError): pass


for c in [A, B, S, L, I, St, M, WithMeta, E, F, object, type, int, Exception, KeyError]:
    print(c.__name__, sys.getsizeof(c))
for e in [ValueError(), ValueError('x', 1), KeyError('k'), StopIteration(1), SystemExit(2), NameError('n'),
          AttributeError('a'), ImportError('i'), ModuleNotFoundError('m'), OSError(2, 'x'), FileNotFoundError(),
          SyntaxError('s'), IndentationError(), UnicodeDecodeError('utf-8', b'x', 0, 1, 'bad'), E(), E2(), F(), G()]:
    print(type(e).__name__, sys.getsizeof(e))
print('Lock', sys.getsizeof(threading.Lock()), threading.Lock().__sizeof__())
print('RLock', sys.getsizeof(threading.RLock()))
print('module', sys.getsizeof(sys), sys.getsizeof(threading))
print('super', sys.getsizeof(super(B, B())))
print('memoryview', sys.getsizeof(memoryview(b'abc')))
o = A()
print('proxy', sys.getsizeof(weakref.proxy(o)), sys.getsizeof(weakref.proxy(len)), sys.getsizeof(weakref.ref(o)))
for s in ['', 'hello', 'é', '€', '😀']:
    print(repr(s), sys.getsizeof(St(s)), sys.getsizeof(St2(s)))
