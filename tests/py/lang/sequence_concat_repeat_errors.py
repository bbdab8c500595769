# str, list and tuple: + and * are sq_concat / sq_repeat in CPython: their __add__/__mul__/__rmul__
# raise (super().__add__ in a subclass), and a subclass's operator errors name the builtin's words
tests = ["'a'.__add__(1)", "[].__add__(1)", "(1,).__add__([])", "'a'.__mul__('b')", "[].__mul__('x')", "(1,).__mul__(1.5)",
 "'a'.__rmul__('b')", "[1].__iadd__(5)", "[1].__imul__('a')", "'a'.__mod__(1)", "(1).__add__('a')", "(1.0).__add__('a')",
 "'a'.__contains__(1)", "[].__contains__(1)", "'a'.__getitem__('x')", "[].__getitem__('x')", "(1,).__getitem__(5)", "{}.__getitem__(1)",
 "'a'.__len__()", "'a'.__lt__(1)", "'a'.__eq__(1)", "[].__lt__(1)", "(1).__lt__('a')", "'ab'.__iter__().__next__()", "b'a'.__add__('a')",
 "set().__or__([])", "{}.__or__([])", "frozenset().__and__(1)", "[].__setitem__('a', 1)", "[].__delitem__(0)", "'a'.__rmod__(1)"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
class MyStr(str):
    def __add__(self, o):
        return MyStr(super().__add__(o))
class MyList(list):
    def __add__(self, o):
        return MyList(super().__add__(o))
print(MyStr('a') + 'b', MyList([1]) + [2])
for a, b in [(MyStr('a'), 1), (MyList([1]), (2,))]:
    try:
        a + b
    except TypeError as e:
        print(e)
class MyStr(str): pass
class MyList(list): pass
class MyTuple(tuple): pass
class Other:
    def __radd__(self, o): return ('radd', type(o).__name__)
    def __rmul__(self, o): return ('rmul', type(o).__name__)
    def __add__(self, o): return ('add', type(o).__name__)
    def __mul__(self, o): return ('mul', type(o).__name__)
for x in [MyStr('a'), MyList([1]), MyTuple((1,)), 'a', [1], (1,)]:
    print(x + Other(), x * Other(), Other() + x, Other() * x, x * 2, 2 * x)
    try:
        x + 1
    except TypeError as e:
        print(e)
    try:
        x * 'q'
    except TypeError as e:
        print(e)
    try:
        1.5 * x
    except TypeError as e:
        print(e)
    y = x
    try:
        y += 1
    except TypeError as e:
        print(e)
    y *= 2
    print(y)
