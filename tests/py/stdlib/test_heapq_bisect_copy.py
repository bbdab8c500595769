# heapq, bisect, copy
import heapq
import bisect
import copy


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print('--- heapq')
h = []
for v in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6, 4]:
    heapq.heappush(h, v)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 5, 5]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
show(heapq.heappop, [])
show(heapq.heapreplace, [], 1)
show(heapq.heappush, (), 1)
show(heapq.heapify, ())
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a'), (3, 'c')]
hp = []
for p in pairs:
    heapq.heappush(hp, p)
print(hp, [heapq.heappop(hp) for _ in range(5)])
class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return '%s:%d' % (self.name, self.pri)
tasks = [Task(2, 'a'), Task(1, 'b'), Task(2, 'c'), Task(1, 'd'), Task(0, 'e'), Task(2, 'f')]
th = []
for t in tasks:
    heapq.heappush(th, t)
print(th, [heapq.heappop(th) for _ in range(6)])
nums = [23, 5, 17, 5, 99, -3, 42, 17, 8, 0, 61, 5]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(1, []),
      heapq.nlargest(0, nums), heapq.nlargest(20, nums), heapq.nsmallest(4, iter(nums)), heapq.nlargest(4, iter(nums)))
print(heapq.nlargest(3, tasks, key=lambda t: t.pri), heapq.nsmallest(3, tasks, key=lambda t: t.pri),
      heapq.nsmallest(2, iter(tasks), key=lambda t: t.pri), heapq.nlargest(2, iter(tasks), key=lambda t: t.pri))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, iter(words), key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1], [])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)), list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([(1, 'x'), (2, 'y')], [(1, 'a'), (3, 'b')], key=lambda p: p[0])))
print(list(heapq.merge([3, 1], [4, 2], key=lambda v: -v, reverse=True)))
import random
random.seed(5)
big = [random.randrange(1000) for _ in range(500)]
hb = []
for v in big:
    heapq.heappush(hb, v)
print(hb[:20], [heapq.heappop(hb) for _ in range(10)])
heapq.heapify(big)
print(big[:20], heapq.nlargest(5, big), heapq.nsmallest(5, big))

print('--- bisect')
a = [1, 2, 4, 4, 4, 7, 9]
print([bisect.bisect_left(a, x) for x in range(11)], [bisect.bisect_right(a, x) for x in range(11)], bisect.bisect(a, 4))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 100, hi=2))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
bisect.insort_right(a, 0)
print(a)
show(bisect.bisect_left, a, 1, -1)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1])
bisect.insort_left(recs, ('y', 1), key=lambda r: r[1])
print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

print('--- copy')
lst = [1, [2, 3], {'k': [4]}]
sc = copy.copy(lst)
dc = copy.deepcopy(lst)
lst[1].append('x')
lst[2]['k'].append('y')
print(lst, sc, dc, sc[1] is lst[1], dc[1] is lst[1])
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 'a')) is not None)
print(copy.deepcopy((1, 'a')) == (1, 'a'))
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset([1])))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ['t']
    def __repr__(self):
        return 'Pt(%r, %r, %r)' % (self.x, self.y, self.tags)
p = Pt(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append('u')
print(p, p2, p3, type(p3).__name__, p2.tags is p.tags, p3.tags is p.tags)
class Sl:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
s1 = Sl()
s2 = copy.copy(s1)
s3 = copy.deepcopy(s1)
print(s2.a is s1.a, s3.a == s1.a, s3.a is s1.a, hasattr(s2, 'b'))
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('  __copy__ called')
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print('  __deepcopy__ called', type(memo).__name__)
        return Custom(self.v + 100)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(1)])[0].v)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc[0], rc is not rec)
shared = [9]
obj = {'a': shared, 'b': shared}
cobj = copy.deepcopy(obj)
print(cobj['a'] is cobj['b'], cobj['a'] is shared)
memo = {}
copy.deepcopy([shared], memo)
print(id(shared) in memo)
class Sub(list):
    pass
sl = Sub([1, [2]])
sl.attr = 'z'
c1 = copy.copy(sl)
c2 = copy.deepcopy(sl)
print(type(c1).__name__, c1, c1.attr, type(c2).__name__, c2, c2[1] is sl[1], c1[1] is sl[1])
class D(dict):
    pass
dd = D(a=[1])
print(type(copy.copy(dd)).__name__, copy.deepcopy(dd))
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
NT = namedtuple('NT', 'a b')
nt = NT(1, [2])
print(copy.copy(nt), copy.deepcopy(nt), copy.deepcopy(nt).b is nt.b)
print(copy.deepcopy(OrderedDict(a=1)), copy.deepcopy(defaultdict(list, a=[1])), copy.copy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=5)))
class WithState:
    def __init__(self):
        self.a = 1
        self.secret = 'x'
    def __getstate__(self):
        return {'a': self.a}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True
ws = copy.deepcopy(WithState())
print(sorted(vars(ws).items()))
class Red:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Red, (self.v * 2,))
print(copy.copy(Red(3)).v, copy.deepcopy(Red(4)).v)
print(copy.copy(len) is len, copy.deepcopy(Pt) is Pt, copy.copy(None), copy.deepcopy(3.5), copy.copy('s'))
def fn():
    pass
print(copy.deepcopy(fn) is fn, copy.copy(range(3)))
