# list.sort() works in place: when a comparison raises, the list keeps the order the sort had
# reached (CPython's count_run + binary insertion for short lists), reversed back for reverse=True.
data = [3, 'a', 1, 2]
try:
    data.sort()
except TypeError as e:
    print('TypeError:', e)
print(data)
for items in ([3, 1, 2, 'x', 0], [10, 2, 7, None], [5, 4, None, 1], [1, 2, 3, 'z', 0], [9, 8, 7, 'q', 6], [2.5, 1, '1', 0], [(1, 2), (1, 'a'), (0, 1)]):
    try:
        items.sort()
    except TypeError as e:
        print('TypeError:', e)
    print(items)
items = [3, 1, 'x', 2]
try:
    items.sort(reverse=True)
except TypeError as e:
    print('TypeError:', e)
print(items)


class Flaky:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Flaky.calls += 1
        if Flaky.calls == 9:
            raise RuntimeError('comparison failed')
        return self.v < other.v

    def __repr__(self):
        return 'F%d' % self.v


for kw in ({}, {'reverse': True}, {'key': lambda f: Flaky(-f.v)}):
    Flaky.calls = 0
    row = [Flaky(v) for v in [4, 7, 1, 9, 3, 3, 8, 0, 5]]
    try:
        row.sort(**kw)
    except RuntimeError as e:
        print(sorted(kw), 'RuntimeError:', e)
    print(row, Flaky.calls)
row = [Flaky(v) for v in [6, 5, 4, 2, 9, 1]]
Flaky.calls = -100
row.sort()
print(row, Flaky.calls + 100)
