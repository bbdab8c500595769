# itertools, operator and bisect are C modules in CPython: their lib/ frames get no traceback entries
import itertools, operator, bisect, traceback, sys
for f in [lambda: itertools.count('a'), lambda: list(itertools.islice([1], -1)), lambda: operator.itemgetter(5)([1]), lambda: operator.add(1, 'a'), lambda: bisect.bisect([1, 2], 'a'), lambda: bisect.insort(5, 1),
          lambda: list(itertools.accumulate([1, 'a'])), lambda: list(map(lambda x: 1 / x, itertools.repeat(0, 2))), lambda: sorted([1, 2], key=operator.attrgetter('zz')),
          lambda: list(itertools.groupby([1, 2], key=lambda v: v / 0)), lambda: next(itertools.chain.from_iterable([5]))]:
    try:
        f()
    except Exception as e:
        traceback.print_exc(file=sys.stdout)
