import itertools as it, functools as ft, operator
print(list(it.accumulate([1,2,3], initial=10)), list(it.accumulate([1,2,3], operator.mul)), list(it.accumulate([])))
print([(k, list(g)) for k, g in it.groupby('aabbbc')], [(k, len(list(g))) for k, g in it.groupby([1,2,3,4], key=lambda x: x%2)])
print(list(it.permutations('abc', 2)), list(it.combinations_with_replacement('ab', 2)), list(it.product('ab', repeat=2)))
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice('abc', None)), list(it.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(it.pairwise('abcd')), list(it.starmap(pow, [(2,3),(3,2)])), [list(x) for x in it.tee('ab', 3)])
print(list(it.islice(it.cycle('ab'), 5)), list(it.islice(it.count(1.5, 0.5), 3)), it.count(2, 3), repr(it.count(1.5)))
print(list(it.compress('abcd', [1,0,1,0])), list(it.dropwhile(lambda x: x<3, [1,2,3,1])), list(it.takewhile(lambda x: x<3, [1,2,3,1])))
print(list(it.filterfalse(None, [0,1,2])), list(it.chain.from_iterable(['ab','cd'])), list(it.repeat('x', 3)), repr(it.repeat(1, 2)))
print(list(it.combinations(range(4), 3)), list(it.permutations(range(3))))
try: list(it.islice('a', -1))
except ValueError as e: print(e)
@ft.lru_cache(maxsize=2)
def f(x): return x*2
f(1); f(2); f(1); f(3)
print(f.cache_info()); f.cache_clear(); print(f.cache_info())
@ft.cache
def g(n): return n if n < 2 else g(n-1)+g(n-2)
print(g(30), g.cache_info())
p = ft.partial(pow, 2, exp=3)
print(p.func, p.args, p.keywords, p(), repr(ft.partial(int, base=2)))
try: ft.reduce(operator.add, [])
except TypeError as e: print(e)
print(ft.reduce(operator.add, [], 5), ft.reduce(lambda a,b: a+b, [1,2,3]))
@ft.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
class C:
    @ft.cached_property
    def x(self):
        print("compute"); return 42
c = C(); print(c.x, c.x, c.__dict__)
@ft.singledispatch
def h(x): return "obj"
@h.register
def _(x: int): return "int"
@h.register(list)
def _(x): return "list"
print(h(1), h([]), h("s"), h(True))
def deco(fn):
    @ft.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def named(a):
    "doc"
    return a
print(named.__name__, named.__doc__, named.__wrapped__.__name__, named.__qualname__)
c = it.count(5); next(c); print(c, next(c), c)
r = it.repeat('a', 3); next(r); print(r, list(r), r, list(it.repeat(0, -2)))
print(type(it.count()).__name__, type(it.repeat(1)).__name__, list(zip(it.count(), 'ab')), list(map(pow, range(4), it.repeat(2))))
print(ft.cmp_to_key(lambda a,b: 0)(3).obj)
