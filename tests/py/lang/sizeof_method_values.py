# obj.__sizeof__() is CPython's size without the GC header / managed-dict pre-header, so
# sys.getsizeof(o) - o.__sizeof__() is 0, 16 or 32; a Python __sizeof__ may extend super()'s
import sys
class A: pass
class S1:
    __slots__ = ('a',)
class I(int): pass
class St(str): pass
class L(list): pass
class E(Exception): pass
def f(): pass
objs = [0, 10**20, 'abc', 'é', b'xy', 1.5, 2j, None, (), (1, 2), [], [1, 2, 3], {}, {'a': 1}, set(), {1, 2},
        frozenset(), range(5), slice(1), A(), S1(), I(5), St('ab'), L([1]), E("x"), f, iter([]), {}.keys(),
        enumerate([]), zip(), property(), staticmethod(f), ValueError(), sys, True, str.upper, list.append]
for o in objs:
    print(type(o).__name__, o.__sizeof__(), sys.getsizeof(o), sys.getsizeof(o) - o.__sizeof__())
class Sz:
    def __sizeof__(self):
        return super().__sizeof__() + 100
print(Sz().__sizeof__(), sys.getsizeof(Sz()))
