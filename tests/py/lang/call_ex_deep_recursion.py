# Deep recursion through f(*args, **kw) wrappers (decorators, functools.lru_cache) reaches
# sys.getrecursionlimit() as in CPython instead of overflowing the interpreter's own stack.
import sys
import functools
sys.setrecursionlimit(12000)


def passthrough(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@passthrough
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(4500))


@functools.lru_cache(maxsize=None)
def chain(n):
    return n if n < 2 else chain(n - 1) + 1


print(chain(5000), chain.cache_info().currsize)


class Walker:
    def step(self, *args):
        n, = args
        return n if n == 0 else self.step(*(n - 1,))


print(Walker().step(5000))


def star_only(n, *rest):
    return len(rest) if n == 0 else star_only(*[n - 1, n], *rest[:2])


print(star_only(4000))


def collect(*args, **kwargs):
    yield args
    yield sorted(kwargs.items())


print(list(collect(*range(3), **{'b': 2, 'a': 1})))
try:
    depth(20000)
except RecursionError as e:
    print('RecursionError:', e)
