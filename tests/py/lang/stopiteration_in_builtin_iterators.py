# a StopIteration raised inside map()/filter() callbacks ends the iteration for every consumer
def boom(x):
    if x == 2: raise StopIteration('inner')
    return x
print(list(map(boom, [1, 2, 3])), [x for x in map(boom, [1, 2, 3])], list(filter(boom, [1, 2, 3])), sum(map(boom, [5, 2, 9])))
def g():
    yield from map(boom, [1, 2, 3])
try: print(list(g()))
except RuntimeError as e: print('RuntimeError', e)
print(list(zip([1, 2, 3], map(boom, [1, 2, 3]))), dict(zip('abc', map(boom, [1, 2, 3]))), tuple(map(boom, [2])), set(map(boom, [1, 2])))
print(sorted(map(boom, [3, 1, 2, 4])), max(map(boom, [1, 5, 2, 7])), any(map(boom, [0, 2, 1])), ''.join(map(str, map(boom, [1, 2]))))
it = map(boom, [1, 2, 3]); print(next(it)); 
try: next(it)
except StopIteration as e: print('next raised', e)
print(next(it))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 3: raise StopIteration
        return self.n
print(list(It()), [*It()], list(enumerate(It())), list(reversed(list(It()))))
def gen_explicit_stop():
    yield 1
    return
    yield 2
print(list(gen_explicit_stop()))
print(list(iter([1, 2, 3].pop, 1)) if False else '', list(iter(iter([5, 6, 0, 7]).__next__, 0)))
try:
    a, b = map(boom, [1, 2])
except ValueError as e: print(e)
l = [0]; l.extend(map(boom, [1, 2, 3])); print(l)
s = set(); s.update(map(boom, [1, 2])); print(s)
print(3 in map(boom, [1, 2, 3]), bytes(map(boom, [65, 2])), list(enumerate(map(boom, [1, 2]))), '-'.join(map(str, map(boom, [1, 2]))), dict(map(lambda x: (boom(x), x), [1, 2])))
print(*map(boom, [1, 2, 3]))
print([*map(boom, [7, 2])], {*map(boom, [7, 2])}, (*map(boom, [7, 2]),))
import itertools
print(list(itertools.chain(map(boom, [1, 2]), [5])), list(itertools.islice(map(boom, [1, 2, 3]), 5)))
print(next(map(boom, [2]), 'dflt'))
try: next(map(boom, [2]))
except StopIteration as e: print('propagated', repr(e))
def gen():
    return (yield from map(boom, [1, 2]))
print(list(gen()))
print(min(map(boom, [4, 2]), default=0), sum(filter(None, map(boom, [1, 2]))), all(map(boom, [1, 2])), list(zip(map(boom, [1, 2]), 'ab')))
print(list(map(boom, iter([1, 2, 3]))), list(reversed([x for x in map(boom, [1, 2])])))
