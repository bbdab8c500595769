# argument-error messages of builtins (CPython 3.11 argument-clinic wording)
import math


def show(f):
    try:
        r = f()
        print('ok', r)
    except TypeError as e:
        print('TypeError:', e)


show(lambda: iter(5, 5))
show(lambda: iter())
show(lambda: getattr(1, 'x', 1, 2))
show(lambda: getattr(1))
show(lambda: next(iter([]), 1, 2))
show(lambda: sorted([], cmp=1))
show(lambda: [].sort(cmp=1))
show(lambda: complex(x=1))
show(lambda: sum(iterable=[1]))
show(lambda: math.prod(iterable=[1]))
show(lambda: math.prod([1], 2))
show(lambda: math.isclose(1))
show(lambda: math.isclose(1, 2, 3))
show(lambda: math.isclose(a=1, b=1))
show(lambda: math.isclose(1, 2, rel_tol=1, x=2))
show(lambda: round())
show(lambda: round(x=1))
show(lambda: round(1, 2, 3))
show(lambda: round(number=1, ndigits=2, number2=1))
show(lambda: round(1, number=2))
show(lambda: pow(1))
show(lambda: pow(1, 2, y=3))
show(lambda: pow(1, 2, base=1))
show(lambda: sum([1], start=1, x=2))
show(lambda: sum(x=1))


class A:
    pass


show(lambda: A().__init__(1))
show(lambda: object.__init__(A(), 1))
show(lambda: A(1))
print(hash(''), hash('') == hash(''[:0]))
show(lambda: [].sort(1))
show(lambda: [].sort(1, 2, 3))
show(lambda: [].sort(key=None, reverse=1, x=2))
show(lambda: [].sort(x=1))
show(lambda: eval())
show(lambda: eval(source='1'))
show(lambda: eval('1', None, None, 4))
show(lambda: eval('x + 1', {'x': 1}, None))
show(lambda: math.log())
show(lambda: math.log(1, 2, 3))
show(lambda: math.log(x=1))
