# itertools
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, groupby, islice, starmap, tee, zip_longest, product,
                       permutations, combinations, combinations_with_replacement, pairwise)
import operator


def show(f, *a, **k):
    try:
        print(repr(list(f(*a, **k))))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 4)))
print(list(islice(count(-2, -1), 3)), next(count(7)))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -2)), list(islice(repeat(7), 3)))
print(list(map(pow, range(5), repeat(2))))
show(repeat, 1, 'a')
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate('abc')))
print(list(chain('ab', [1, 2], (3,))), list(chain()), list(chain.from_iterable(['xy', 'z'])))
show(chain, 1)
show(chain.from_iterable, [1])
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gb = groupby('aabbc')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2), [(k, list(g)) for k, g in gb])
print(list(groupby([])))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, grp in groupby(words, key=lambda w: w[0]):
    print(letter, list(grp))
gb = groupby('aaab')
k, g = next(gb)
print(next(g), k, [(kk, list(gg)) for kk, gg in gb])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 9, 3)), list(islice('AB', 5, 10)))
print(list(islice(range(10), None)), list(islice(range(10), None, None, None)), list(islice(range(10), 3, 3)))
for args in [(-1,), (1, -1), (0, 5, 0), ('a',), (1, 2, 3, 4), (), (-2,), (-1, 5), ('a', 5), (0, 5, 'x'), (10 ** 30,), (1.5,)]:
    show(islice, range(10), *args)
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 3)), next(it))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, [])))
a, b = tee([1, 2, 3])
print(next(a), list(a), list(b))
a, b, c = tee(iter('xyz'), 3)
print(list(zip(a, b, c)))
print(tee([1], 0))
show(tee, [1], -1)
x, y = tee(count())
print(next(x), next(x), next(x), next(y))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('AB', [1, 2, 3])), list(zip_longest()))
show(zip_longest, 1)
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()), list(product('ab', [])))
print(len(list(product(range(3), repeat=3))), list(product('ab', 'c', repeat=2))[:3])
show(product, [1], repeat=-1)
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations([1, 2], 3)), list(permutations([], 0)))
show(permutations, [1], -1)
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 3)), list(combinations('AB', 0)))
show(combinations, [1], -1)
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement('A', 0)))
print(list(pairwise('ABCDEFG')), list(pairwise('A')), list(pairwise([])))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)))
print(list(zip(count(), 'abc')), dict(zip('abc', count(1))))
