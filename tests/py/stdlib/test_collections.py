# collections: namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap, abc
from collections import namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap
import collections
import collections.abc


def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print('--- namedtuple')
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point(x=3, y=4), Point(5, y=6))
print(Point._fields, Point.__doc__, Point.x.__doc__)
print(p._replace(x=10), p._asdict(), Point._make([7, 8]))
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), p + (3,))
x, y = p
print(x, y, p.count(1), p.index(2))
print(Point, Point.__name__, type(p).__mro__[1])
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
show(Point, 1)
show(Point, 1, 2, 3)
show(Point, 1, x=2)
show(Point, 1, 2, z=3)
show(Point)
show(p._replace, z=3)
show(Point._make, [1])
show(setattr, p, 'x', 5)
Q = namedtuple('Q', 'a b c', defaults=[0, 9])
print(Q(1), Q(1, 2), Q._field_defaults, Q.__new__.__defaults__)
show(Q)
show(Q, 1, 2, 3, 4)
R = namedtuple('R', 'a, b', rename=True)
print(R(1, 2))
S = namedtuple('S', ['abc', 'def', '_x', 'abc'], rename=True)
print(S._fields)
show(namedtuple, 'T', ['a', 'a'])
show(namedtuple, 'T', ['_a'])
show(namedtuple, 'T', ['class'])
show(namedtuple, 'T', ['1a'])
show(namedtuple, '1T', ['a'])
One = namedtuple('One', 'v')
print(One(1), One.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)
class P3(namedtuple('P3', 'x y z')):
    __slots__ = ()
    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
print(P3(1, -2, 3), P3(1, -2, 3).norm())
print(p.__getnewargs__(), Point.__match_args__)

print('--- deque')
d = deque()
show(d.pop)
show(d.popleft)
show(d.__getitem__, 0)
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.reverse()
print(d, d.count(5), d.index(5), 5 in d, 99 in d)
d.remove(5)
print(d)
show(d.remove, 42)
show(d.index, 42)
d.clear()
print(d, bool(d))
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1)
print(m)
m.extend(range(10, 15))
print(m)
m.extendleft('ab')
print(m)
print(deque('abc', 2), deque([1], maxlen=3), deque(maxlen=0))
show(deque, [1], maxlen=-1)
e = deque(range(5))
e[1] = 'x'
del e[0]
print(e, list(reversed(e)), e == deque([ 'x', 2, 3, 4]), e != deque(), deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, e.copy())
e.insert(1, 'y')
print(e)
show(e.__getitem__, 10)
show(e.__getitem__, -10)
dq = deque()
for i in range(2000):
    dq.append(i)
    dq.appendleft(-i)
s = 0
while len(dq) > 3:
    s += dq.popleft() + dq.pop()
print(s, dq, len(dq))
it = deque([1, 2, 3])
try:
    for v in it:
        it.append(v)
except RuntimeError as ex:
    print('RuntimeError', ex)
q = deque()
q.append(1); q.popleft(); q.appendleft(2); q.append(3)
print(q, list(q), [x * 2 for x in q])
big = deque(range(100))
for _ in range(90):
    big.popleft()
print(big, big[0], big[-1], big.index(95))

print('--- Counter')
c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()))
c.update('aaz')
print(c)
c.subtract({'a': 10, 'q': 1})
print(c)
print(+c, -c)
c1 = Counter(a=3, b=1)
c2 = Counter(a=1, b=2, c=5)
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2)
print(c1 == Counter(b=1, a=3), Counter(a=1, b=0) == Counter(a=1), c1 < Counter(a=4, b=1))
print(Counter(), Counter({'x': 2, 'y': 3}), Counter(['b', 'a', 'b']))
del c1['zz']
c1['b'] += 4
print(c1, list(c1), c1.keys())
show(Counter.fromkeys, 'abc')
c3 = Counter(a=2)
c3 += Counter(a=-5, b=2)
print(c3)
print(Counter('hello world').most_common(3))
print(isinstance(c, dict), type(c).__name__)
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(2))

print('--- defaultdict')
dd = defaultdict(list)
dd['a'].append(1)
dd['b'].append(2)
dd['a'].append(3)
print(dd, dd['a'], dict(dd), 'c' in dd, len(dd))
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(di, di.default_factory)
dn = defaultdict()
print(dn)
show(dn.__getitem__, 'x')
show(defaultdict, 5)
print(defaultdict(lambda: 'v', {1: 2})[3] == 'v', di.copy(), type(di.copy()).__name__)
print(defaultdict(set, a={1}))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(nested['x']['y'], dict(nested['x']))
print(di.get('zz'), 'zz' in di)

print('--- OrderedDict')
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.keys())
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
show(od.move_to_end, 'zz')
od1 = OrderedDict([(1, 1), (2, 2)])
od2 = OrderedDict([(2, 2), (1, 1)])
print(od1 == od2, od1 == dict(od2), dict(od1) == od2, OrderedDict(), OrderedDict(a=1))
show(OrderedDict().popitem)
print(OrderedDict.fromkeys('abc', 0))

print('--- ChainMap')
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), cm.get('z', 'dflt'), 'a' in cm)
print(cm)
cm['d'] = 4
print(over)
child = cm.new_child()
child['a'] = 100
print(child['a'], cm['a'], child.parents)
show(cm.__getitem__, 'zz')
print(dict(cm))

print('--- abc')
print(isinstance({}, collections.abc.Mapping), isinstance([], collections.abc.Sequence),
      isinstance((x for x in []), collections.abc.Iterator), isinstance(5, collections.abc.Hashable),
      isinstance([], collections.abc.Hashable), isinstance(d, collections.abc.Iterable),
      issubclass(Counter, collections.abc.MutableMapping))
