# structural pattern matching: literal, capture, wildcard, value, sequence, mapping, class, or and as patterns, guards
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ('center', 'r')
    def __init__(self, c, r): self.center, self.r = c, r
def describe(obj):
    match obj:
        case 0 | 1 | 2:
            return f'small int {obj}'
        case int(n) if n < 0:
            return f'negative {n}'
        case int() | float():
            return f'number {obj}'
        case 'hello' | 'hi':
            return 'greeting'
        case str(s):
            return f'string {s!r}'
        case []:
            return 'empty list'
        case [x]:
            return f'one item {x}'
        case [x, y]:
            return f'pair {x}, {y}'
        case [first, *rest]:
            return f'first {first}, rest {rest}'
        case {'type': 'user', 'name': str(name), **extra}:
            return f'user {name} extra {extra}'
        case {'type': t}:
            return f'typed {t}'
        case Point(x=0, y=0):
            return 'origin'
        case Point(x=0, y=yy):
            return f'on y axis at {yy}'
        case Point(xx, 0):
            return f'on x axis at {xx}'
        case Point() as p:
            return f'point {p}'
        case Circle(Point(x=cx, y=cy), r) if r > 10:
            return f'big circle at {cx},{cy}'
        case Circle(_, r):
            return f'circle r={r}'
        case (1, 2) | (2, 1):
            return 'one-two tuple'
        case None:
            return 'none'
        case True:
            return 'true'
        case _:
            return f'other {type(obj).__name__}'
for v in [0, 2, -5, 7, 3.5, 'hi', 'abc', [], [9], [1, 2], [1, 2, 3, 4], (1, 2), {'type': 'user', 'name': 'bob', 'age': 3},
          {'type': 'x'}, {'name': 1}, Point(0, 0), Point(0, 5), Point(4, 0), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(1, 2), 2),
          None, True, False, {1, 2}, b'x', (2, 1)]:
    print(repr(v) if not isinstance(v, Circle) else "Circle", "->", describe(v))
def cmd(text):
    match text.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as direction]:
            return f'going {direction}'
        case ['get', obj] | ['take', obj]:
            return f'taking {obj}'
        case ['drop', *objs] if objs:
            return f'dropping {", ".join(objs)}'
        case ['quit' | 'exit']:
            return 'bye'
        case [verb, *_]:
            return f'unknown verb {verb}'
        case _:
            return 'nothing'
for t in ['go north', 'go up', 'get lamp', 'take key', 'drop a b c', 'drop', 'quit', 'exit', 'dance now', '']:
    print(repr(t), '->', cmd(t))
match = {'a': 1}
case = 5
print(match, case)
x = 3
match x:
    case 1:
        print('one')
    case 3:
        print('three')
match (1, 2, 3):
    case (a, *b, c):
        print(a, b, c)
match [1, [2, 3], {'k': 4}]:
    case [a, [b, c], {'k': d}]:
        print(a + b + c + d)
import collections
match collections.OrderedDict(a=1):
    case {'a': v}:
        print('ordered', v)
match collections.deque([1, 2]):
    case [a, b]:
        print('deque', a, b)
match range(3):
    case [0, 1, 2]:
        print('range matches')
match 'ab':
    case [a, b]:
        print('str is a sequence?!')
    case _:
        print('str is not a sequence pattern')
class Color:
    RED = 'red'
    GREEN = 'green'
match 'green':
    case Color.RED:
        print('is red')
    case Color.GREEN:
        print('is green')
match 5:
    case 1 | 2:
        print('12')
print('after match, names:', [n for n in ('a', 'b', 'c') if n in globals()])
match {'x': 1, 'y': 2}:
    case {'x': 1, **rest}:
        print('rest', rest)
match 42:
    case n:
        print('captured', n)
def f(v):
    match v:
        case [_, _, *_]:
            return 'at least two'
        case [*_]:
            return 'any sequence'
    return 'no match'
print(f([1, 2, 3]), f([1]), f(5), f(()))
for bad in [lambda: describe(object()), ]:
    print(bad())
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(e)
m = -3
match m:
    case -3:
        print('neg literal')
match 2+3j:
    case 2+3j:
        print('complex literal')
