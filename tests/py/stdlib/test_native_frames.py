import functools, itertools, operator, heapq, collections, bisect
def boom(x):
    raise ValueError('boom %r' % (x,))
tests = [
    lambda: functools.reduce(operator.add, []),
    lambda: functools.partial(boom, 1)(),
    lambda: functools.lru_cache(maxsize=None)(boom)(2),
    lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: boom(a))),
    lambda: heapq.heappush([1], 'a'),
    lambda: list(itertools.islice([1, 2], -1)),
    lambda: list(map(boom, itertools.count())),
    lambda: next(itertools.groupby([1, 2], key=boom))[0],
    lambda: collections.deque([1, 2])[5],
    lambda: collections.defaultdict(lambda: boom(0))['k'],
    lambda: operator.itemgetter('x')({}),
    lambda: bisect.insort([1, 'a'], 2),
    lambda: list(itertools.accumulate([1, 'a'])),
    lambda: collections.OrderedDict().popitem(),
    lambda: list(itertools.starmap(boom, [(1,)])),
]
import sys
for t in tests:
    try:
        t()
    except Exception as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(type(e).__name__, e, names)
