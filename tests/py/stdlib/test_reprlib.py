import reprlib
from collections import deque
r = reprlib.repr
print(r(list(range(100))), r(tuple(range(3))), r((1,)), r(()), r([]), r('a' * 100), r("it's" * 20), r(10 ** 100), r(set(range(20))), r(frozenset('abcdefghij')), r(set()), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}), r(deque(range(10))), r([[[[[[[[1]]]]]]]]), r({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(r(object)[:20], r(3.14159265358979323846264338327950288), r(None), r(b'x' * 100))
class Bad:
    def __repr__(self): raise ValueError
print(r(Bad()).startswith('<Bad instance at 0x'))
a = reprlib.Repr()
a.maxlist = 2; a.maxstring = 10; a.fillvalue = '+++'; a.maxlevel = 2
print(a.repr([1, 2, 3, 4]), a.repr('abcdefghijklmnop'), a.repr([[[1]]]), a.repr({'k': [1, [2]]}))
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self): return f'Node({self.children})'
n = Node(); n.children.append(n); n.children.append(Node())
print(n, Node.__repr__.__name__, Node.__repr__.__qualname__)
class X:
    @reprlib.recursive_repr('<...>')
    def __repr__(self): return f'X({self.me!r})'
x = X(); x.me = x
print(repr(x))
import array
print(r(array.array('i', range(10))) if hasattr(array, 'array') else None)
