# Imports: dotted names, from-imports of submodules, packages with relative imports, __import__;
# annotations of functions, classes and modules.
import sys

# -- stdlib modules that stand in for packages ------------------------------------------------
from collections.abc import Mapping, Sequence, MutableMapping
import collections.abc
print(Mapping, collections.abc.Sequence is Sequence, isinstance({}, MutableMapping))
from json.decoder import JSONDecodeError
from json import decoder
import json
print(JSONDecodeError, decoder.JSONDecodeError is JSONDecodeError)
try:
    json.loads("{bad")
except JSONDecodeError as e:
    print("JSONDecodeError:", e)

# -- a package next to the program -------------------------------------------------------------
import _imppkg.mod2
print(_imppkg.mod2.X, _imppkg.VAL, _imppkg.f())
from _imppkg import mod2, mod1
print(mod2.X, mod1.f())
import _imppkg.sub.deep as d
print(d.Y)
from _imppkg.sub import deep
print(deep is d, '_imppkg.sub.deep' in sys.modules, sys.modules['_imppkg.sub'].deep is d)
try:
    import _imppkg.nothere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _imppkg import nothere
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(e)
try:
    from . import something
except ImportError as e:
    print(e)

# -- __import__ ---------------------------------------------------------------------------------
m = __import__('math')
print(m.sqrt(16.0))
print(__import__('collections.abc', fromlist=['Mapping']).Mapping is Mapping)
print(__import__('collections.abc').__name__)


# -- annotations -------------------------------------------------------------------------------
def f(a: int, b: "x" = 1, *c: str, d: float, **e: bool) -> str:
    pass


print(f.__annotations__)


def g(x, y):
    pass


print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__['x'] = list
print(g.__annotations__)


def p(a: int, /, b: str, *, c: "C"):
    pass


print(p.__annotations__)
x: int = 3
y: "later"
print(__annotations__)


class C:
    y: list
    z: int = 2

    def m(self, q: "C") -> None:
        pass

    def __priv(self, __k: int):
        pass


print(C.__annotations__, C.m.__annotations__, C._C__priv.__annotations__)


def outer():
    T = dict

    def inner(v: T) -> T:
        pass
    return inner


print(outer().__annotations__)
import functools


@functools.wraps(f)
def w(*a, **k):
    pass


print(w.__annotations__)
print((lambda x: x).__annotations__)
