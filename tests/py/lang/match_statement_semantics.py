# match: bindings after a failed guard, or-pattern binding order, star positions, mapping rest, recursion
match 5:
    case x if x > 10:
        print('big')
    case _:
        print('small, but x bound:', x)
match (1, 2):
    case (a, b) | [b, a] if a > b:
        print('or with guard', a, b)
    case (a, b) | [b, a]:
        print('or order', a, b)
match {'k': [1, {'z': 2}]}:
    case {'k': [p, {'z': q}]}:
        print('nested', p, q)
match [1, 2, 3, 4, 5]:
    case [a, b, *mid, y, z]:
        print(a, b, mid, y, z)
match [1, 2, 3]:
    case [1, *_, 3]:
        print('starts 1 ends 3')
match [1, 2, 3]:
    case [*_, 2, last]:
        print('ends 2,', last)
match {'a': 1}:
    case {'a': 1, 'b': 2}:
        print('no')
    case {'a': _, **r}:
        print('r', r)
match 3.0:
    case 3:
        print('3.0 == 3 matches int literal')
match True:
    case 1:
        print('True matches 1')
match 1:
    case True:
        print('1 is True?')
    case _:
        print('1 is not True (identity)')
match [1, [2, [3, [4]]]]:
    case [_, [_, [_, [deep]]]]:
        print('deep', deep)
class A:
    __match_args__ = ('a', 'b')
    def __init__(self): self.a = 1
match A():
    case A(x, y):
        print('has b?')
    case A(x):
        print('only a', x)
def area(shape):
    match shape:
        case ('circle', r):
            return 3 * r * r
        case ('rect', w, h):
            return w * h
        case ('square', s):
            return s * s
        case _:
            raise ValueError(f'unknown shape {shape!r}')
print([area(s) for s in [('circle', 2), ('rect', 2, 3), ('square', 4)]])
try:
    area(('hex', 1))
except ValueError as e:
    print(e)
def tokens(expr):
    out = []
    for tok in expr.split():
        match tok:
            case '+' | '-' | '*' | '/' as op:
                out.append(('OP', op))
            case t if t.isdigit():
                out.append(('NUM', int(t)))
            case t if t.isidentifier():
                out.append(('NAME', t))
            case other:
                out.append(('ERR', other))
    return out
print(tokens('x + 12 * y - 3 / ?'))
match {'a': 1, 'b': 2}:
    case {'b': bb, 'a': aa}:
        print(aa, bb)
match 'x':
    case 'y':
        pass
print('fallthrough ok')
import sys
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    __match_args__ = ('v', 'nxt')
def total(n):
    match n:
        case None:
            return 0
        case Node(v, rest):
            return v + total(rest)
print(total(Node(1, Node(2, Node(3)))))
m = {'x': 1}
match m:
    case {'x': 1} if (cnt := len(m)) == 1:
        print('walrus in guard', cnt)
match b'ab':
    case b'ab':
        print('bytes literal')
match (1, 'a'):
    case (int() as i, str() as s):
        print('as-binds', i, s)
match 0:
    case -0:
        print('negative zero literal')
match 1.5:
    case 1.5:
        print('float literal')
