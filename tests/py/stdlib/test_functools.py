# functools
import functools
from functools import (reduce, partial, lru_cache, cache, wraps, update_wrapper,
                       total_ordering, cmp_to_key, singledispatch, cached_property)


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print('--- reduce')
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a + b, ['x']))
show(reduce, lambda a, b: a + b, [])
show(reduce, lambda a, b: a + b, 5)
show(reduce)
show(reduce, max, [3, 9, 2])

print('--- partial')
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1)
print(p(2), p(2, 5, d=6), p.func is f, p.args, p.keywords)
p2 = partial(p, 2, d=0)
print(p2(), p2.func is f, p2.args, p2.keywords)
pp = partial(print, 1, sep='-')
print(repr(pp))
pp(2, 3)
print(repr(partial(max, key=len)))
show(partial)
show(partial, 3)
int2 = partial(int, base=2)
print(int2('1010'), int2('11', base=10))
class MyPartial(partial):
    pass
print(repr(MyPartial(max, 1)).startswith('MyPartial(<built-in function max>'))

print('--- lru_cache')
@lru_cache(maxsize=2)
def g(x):
    print('  computing', x)
    return x * 2
print(g(1), g(2), g(1), g(3), g(2), g(1))
print(g.cache_info())
g.cache_clear()
print(g.cache_info(), g.__name__, g.__wrapped__(5))
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info())
@lru_cache(maxsize=None)
def kw(a, b=1):
    return a + b
print(kw(1), kw(1, b=1), kw(1, 1), kw.cache_info())
@lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())
@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info())
show(lru_cache, 'bad')
class C:
    @lru_cache(maxsize=None)
    def meth(self, x):
        return x * 10
c = C()
print(c.meth(3), c.meth(3), C.meth.cache_info())
print(fib.cache_parameters())

print('--- wraps')
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def documented(x):
    """Doc here."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(4), documented.__annotations__)
def w(): pass
def target(): 'tdoc'
target.extra = 1
update_wrapper(w, target)
print(w.__name__, w.__doc__, w.extra, w.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

print('--- total_ordering')
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), b >= a)
@total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(3) <= W(3))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)
print(sorted([V(3), V(1), V(2)], key=lambda x: x).__len__(), [x.v for x in sorted([V(3), V(1), V(2)])])

print('--- cmp_to_key')
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['b', 'A', 'c'], key=cmp_to_key(lambda x, y: cmp(x.lower(), y.lower()))))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=cmp_to_key(lambda x, y: y[0] - x[0])))

print('--- singledispatch')
@singledispatch
def describe(x):
    return 'object ' + repr(x)
@describe.register(int)
def _(x):
    return 'int %d' % x
@describe.register(list)
def _(x):
    return 'list of %d' % len(x)
@describe.register(str)
def _(x):
    return 'str ' + x
print(describe(3), describe([1, 2]), describe('s'), describe(2.5), describe(True))
print(describe.dispatch(bool) is describe.dispatch(int), describe.registry[object] is describe.registry[object])
show(describe)

print('--- cached_property')
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('  computing area')
        return 3 * self.r ** 2
cc = Circle(2)
print(cc.area, cc.area, cc.__dict__)
