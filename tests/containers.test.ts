// Builtin containers (list, tuple, dict, set/frozenset, range, slice, dict views, iterators) against
// CPython 3.11: programs whose output must match python3's byte for byte, and a property test of
// set / sorted / dict.fromkeys over random int lists (the set's iteration order must be CPython's,
// which needs the same hashes and the same table algorithm). PYVM_CLI overrides the CLI to test.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { CLI, hasPython3, type RunResult } from './helpers.js';

const cli = process.env.PYVM_CLI ?? CLI;

function run(cmd: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PYTHONHASHSEED: '0' } });
    let stdout = '', stderr = '', timedOut = false;
    p.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const t = setTimeout(() => {
      timedOut = true;
      p.kill('SIGKILL');
    }, 60_000);
    p.on('close', (code) => {
      clearTimeout(t);
      resolve({ stdout, stderr, code: code ?? -1, timedOut });
    });
  });
}

const pyvm = (code: string) => run(process.execPath, [cli, 'run', '-c', code]);
const python = (code: string) => run('python3', ['-W', 'ignore', '-c', code]);

/** Compare line by line so a failure names the first differing line. */
async function same(code: string): Promise<void> {
  const [want, got] = await Promise.all([python(code), pyvm(code)]);
  expect(want.code, `python3 failed: ${want.stderr}`).toBe(0);
  const w = want.stdout.split('\n'), g = got.stdout.split('\n');
  for (let i = 0; i < Math.max(w.length, g.length); i++) {
    expect(g[i], `line ${i + 1} (pyvm stderr: ${got.stderr.slice(-400)})`).toBe(w[i]);
  }
  expect(got.code).toBe(0);
}

const PROGRAMS: [string, string][] = [
  ['list: indexing, slices, methods, sort, operators, subclass', String.raw`def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
# list
l = [1, 2, 3]
l.append(l)
print(l, repr([]), [[]], str([1, 'a']))
show(lambda: [1,2][5])
k = 'a'
show(lambda: [1,2][k])
k = 1.0
show(lambda: [1,2][k])
show(lambda: [1,2][True])
show(lambda: [1,2,3][10**20])
show(lambda: [1,2,3][-10**20])
a = list(range(10))
a[2:5] = 'xy'; print(a)
a[::2] = range(5); print(a)
show(lambda: a.__setitem__(slice(None, None, 2), [1]))
a[1:1] = [7, 8, 9]; print(a)
del a[::3]; print(a)
del a[-2:]; print(a)
a[:] = []; print(a)
b = list(range(20)); del b[1:15:4]; print(b)
b = list(range(20)); del b[15:1:-4]; print(b)
b = list(range(10)); b[::-2] = 'abcde'; print(b)
b = [1,2,3]; b[1:2] = b; print(b)
b = [1,2,3]; b[::-1] = b; print(b)
b = [1,2,3]; b.extend(b); print(b)
b = [3,1,2]; b += b; print(b)
b *= 2; print(b); b *= 0; print(b)
print([1,2] * -1, 2 * [1, 2], [1] * True)
show(lambda: [1] * 2.0)
show(lambda: [1] + (2,))
show(lambda: (1,) + [2])
c = [1,2]; c += (3, 4); c += range(2); c += {9: 0}; print(c)
show(lambda: c.__iadd__(5))
print([1,2,3] < [1,2,4], [1,2] < [1,2,0], [] == [], [1,[2]] == [1,[2]], [1,2] != [1,2], [2] > [1, 5], [1] >= [1])
show(lambda: [1, 'a'] < [1, 2])
print(list(reversed([1,2,3])), [1,2,3].index(2), [1,2,3,2].index(2, 2), [1,2,3].count(2))
show(lambda: [1,2,3].index(2, 0, 1))
show(lambda: [1,2,3].index('x'))
show(lambda: [].pop())
show(lambda: [1].pop(3))
show(lambda: [].remove(0))
show(lambda: [].insert(0))
show(lambda: [].append())
show(lambda: [].copy(1))
show(lambda: [3, 1].sort(1))
show(lambda: [3, 1].sort(x=1))
show(lambda: list(1, 2))
show(lambda: list(x=1))
show(lambda: list(5))
d = [5, 2, 8]
d.sort(reverse=True); print(d)
d.sort(key=lambda x: -x, reverse=True); print(d)
words = ['bb', 'a', 'ccc', 'dd']; words.sort(key=len); print(words)
x = [3, 1, 2]
def bad(v):
    x.append(v); return v
show(lambda: x.sort(key=bad)); print(x)
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __repr__(s): return f'C({s.v})'
print(sorted([C(3), C(1), C(2)]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted('hello'), sorted([2.5, 1, -3, 1.5]))
print(sorted(['b', 'A', 'a', 'B']), sorted([[1, 2], [1], []]))
class ML(list):
    pass
m = ML([1, 2]); m.append(3); print(m, type(m).__name__, len(m), m[1:], type(m[1:]).__name__, m + [4], isinstance(m, list))
m2 = ML(); print(m2, m == [1,2,3], m.copy(), type(m.copy()).__name__)
m += [5]; print(m, type(m).__name__)
print(list(range(5)), list('ab'), list((1, 2)), list({1: 2}), list({3}))
e = [1, 2, 3, 4, 5, 6]
print(e[::2], e[1::2], e[::-1], e[-2:], e[:-2], e[10:], e[-10:2], e[5:1:-2], e[::-3], e[1:5:0] if False else 0)
show(lambda: e[::0])
show(lambda: e['a':])
print(e[None:None], e[True:])
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'), next(it, 'end'))
print(type(iter([])).__name__, type(reversed([])).__name__, type(iter(())).__name__)
print([1,2,3].__len__(), [1,2].__getitem__(0), [1].__contains__(1))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))), hash(('a', 1)) == hash(('a', 1)), hash((-1,)), hash((2**70, -2**70)), hash((1.5, -0.5)))
show(lambda: hash([]))
show(lambda: hash(([],)))
show(lambda: {[]: 1})
`],
  ['tuple and dict: methods, errors, views, iteration checks, subclasses', String.raw`def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t = (1, 2, 3)
print(t[1:], t[::-1], t[:0] is (), t[:] is t, t + () is t, () + t is t, t * 1 is t, t * 0, t * -1, 2 * t, (1,) * 3)
show(lambda: t[5])
show(lambda: t['x'])
show(lambda: t + [1])
show(lambda: t * 'a')
show(lambda: t.index(9))
show(lambda: t.index(2, 2))
print(t.index(3, -1), t.count(1), tuple(), tuple([]) is (), tuple(t) is t, tuple([1, 2]), tuple(range(3)), tuple('ab'))
show(lambda: tuple(1, 2))
show(lambda: tuple(x=1))
show(lambda: tuple(5))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2.0), (1,) != (1,), () < (0,))
show(lambda: (1, 'a') < (1, 2))
r = ([],); r[0].append(r); print(r)
class T(tuple):
    pass
tt = T([1, 2]); print(tt, type(tt).__name__, tt[0], len(tt), tt + (3,), tt == (1, 2), hash(tt) == hash((1, 2)), T(), list(tt), tt.count(1))
tt.x = 5; print(tt.x, tt[1], tt.index(2))
# dicts
d = {'a': 1, 'b': 2}
d['c'] = d
print(d, {}, {1: {}}, dict(), dict(a=1), dict([(1, 2), [3, 4]]), dict({1: 2}, x=3), dict(zip('ab', 'cd')))
show(lambda: d['zz'])
show(lambda: {}[(1, 2)])
show(lambda: d.__delitem__('zz'))
show(lambda: dict(1, 2))
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict([1]))
show(lambda: dict([[1]]))
show(lambda: dict(5))
show(lambda: {}.popitem())
show(lambda: {}.pop(1))
show(lambda: {}.pop([]))
show(lambda: {1: 2}.pop([]))
show(lambda: {}.pop([], 'dflt'))
show(lambda: {}.get())
show(lambda: {}.update(1, 2))
show(lambda: {}.keys(1))
show(lambda: {}.fromkeys())
print({}.get(1), {1: 2}.get(1), {}.get(1, 'x'), {}.setdefault(1), dict.fromkeys('ab'), dict.fromkeys([1, 2], []), {1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1})
show(lambda: {1: 2} < {1: 2})
e = {1: 'a', 2: 'b', 3: 'c'}
print(e.popitem(), e, e.pop(1), e, e.setdefault(5, 'x'), e)
e.update({7: 8}, z=9); e.update([(0, 0)]); print(e)
class M:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k * 2
e.update(M()); print(e, dict(M()))
print({1: 2} | {3: 4}, {1: 2} | {1: 5})
f = {1: 2}; f |= [(3, 4)]; print(f)
show(lambda: {1: 2} | [(3, 4)])
show(lambda: {**[1]})
g = {'x': 1, 'y': 2, 'z': 3}
print(list(g), list(g.keys()), list(g.values()), list(g.items()), list(reversed(g)), list(reversed(g.values())), list(reversed(g.items())))
print(g.keys(), g.values(), g.items(), len(g.keys()), 'x' in g.keys(), ('x', 1) in g.items(), ('x', 2) in g.items(), 1 in g.values())
print(sorted(g.keys() & {'x', 'q'}), sorted(g.keys() | {'q'}), sorted(g.keys() - {'x'}), sorted(g.keys() ^ {'x', 'w'}), g.items() & {('x', 1)}, g.keys() == {'x', 'y', 'z'}, g.keys() < {'x', 'y', 'z', 'w'}, g.keys().isdisjoint(['q']))
print(['x', 'w'] & g.keys(), {'x'} - g.keys(), sorted({'x'} | g.keys()))
show(lambda: hash(g.keys()))
show(lambda: g.values() == g.values())
k = g.keys(); g['new'] = 0; print(k)
try:
    for key in g:
        g['another'] = 1
except RuntimeError as err:
    print('RuntimeError', err)
try:
    for key in g:
        del g['x']
except RuntimeError as err:
    print('RuntimeError', err)
try:
    s = {1, 2, 3}
    for v in s:
        s.add(v + 10)
except RuntimeError as err:
    print('RuntimeError', err)
class D(dict):
    def __missing__(self, k):
        return k * 2
dd = D(a=1); print(dd, dd['a'], dd['bc'], type(dd).__name__, dd.get('zz'), 'zz' in dd, dict(dd), dd == {'a': 1})
dd.x = 1; print(dd.x)
class D2(dict):
    pass
show(lambda: D2()['q'])
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), sum(big), big[999], list(big)[:5])
while big:
    big.popitem()
print(big, len(big))
h = {}
for i in range(100):
    h[i] = i
    h.popitem()
    h[i] = i
print(len(h), list(h)[:3])
print(dict.fromkeys(range(3), 0), {(1, 2): 'a', 1.0: 'b', True: 'c'})
print(repr({'a': [1, {'b': (2,)}]}), str({1: 'x'}))
`],
  ['set and frozenset: order, hash, operators, methods, subclasses', String.raw`def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(set([3, 1, 2]), set([10, 100, 1000]), set([-1, -5, 3, 0]), set([-1, -2, -3, 2**40, -2**40, 2**64]), set(range(20, 0, -1)))
s = set(range(100))
for i in range(0, 100, 3): s.discard(i)
print(s)
print(set([5, 13, 21, 29]), {1.5, 2.5, 3}, {True, 1, 1.0}, {0, False}, {(1, 2), (2, 1)}, {None} == {None})
print(set(), frozenset(), frozenset([1]), frozenset() == set(), {1} == frozenset({1}), repr({frozenset({1, 2})}))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))), hash(frozenset([-1, -2])), hash(frozenset({(1, 2)})))
a = {1, 2, 3, 4}; b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a < a, a <= a, {1} < a, a > {1}, a >= a, a == b, a != b)
print(a.union([7], (8,)), a.intersection(range(3), [1]), a.difference({1}, [2]), a.symmetric_difference({1, 9}), a.issubset(range(10)), a.issuperset([1]), a.isdisjoint(iter([9])))
print(a.union(), a.intersection(), a.difference(), frozenset(a) | b, type(frozenset(a) | b).__name__, type(b | frozenset(a)).__name__)
show(lambda: {1} | [2])
show(lambda: {1} + {2})
show(lambda: {1} < [1])
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: {1}.remove([]))
show(lambda: {1}.add([]))
show(lambda: {1}.add(1, 2))
show(lambda: set(1, 2))
show(lambda: set(x=1))
show(lambda: frozenset(x=1))
show(lambda: set(5))
show(lambda: hash(set()))
show(lambda: {1}.issubset())
print({1, 2} in [{2, 1}], set() in {frozenset()}, {1} in {frozenset({1})})
s = {1, 2}; s.discard({1}); print(s)
s2 = {frozenset({1})}; s2.remove({1}); print(s2)
s3 = {3, 4}; s3 |= {5}; s3 &= {3, 5, 9}; s3 -= {9}; s3 ^= {3, 7}; print(s3)
f = frozenset({1}); g = f; f |= {2}; print(f, g, f is g)
c = {1, 2}; d = c.copy(); d.add(3); print(c, d, frozenset(c).copy(), type(frozenset(c).copy()).__name__)
fz = frozenset([1, 2]); print(frozenset(fz) is fz, fz.copy() is fz)
p = {10, 20, 30}; print(p.pop(), p.pop(), p, len(p))
q = set(range(50)); out = [q.pop() for _ in range(10)]; print(out, len(q))
u = set(); u.update([1, 2], {3}, 'ab', {'k': 1}); print(sorted(map(str, u)))
v = set(range(10)); v.intersection_update([1, 2, 3], range(2, 5)); print(v)
v = set(range(10)); v.difference_update([1, 2], {9}); print(v)
v = {1, 2, 3}; v.symmetric_difference_update([3, 4, 4]); print(v)
v = {1, 2, 3}; v.symmetric_difference_update({3: 0, 5: 0}); print(v)
class S(set):
    pass
ss = S([1, 2]); print(ss, S(), type(ss | {3}).__name__, ss == {1, 2}, isinstance(ss, set), ss.copy(), type(ss.copy()).__name__)
ss |= {9}; print(ss, type(ss).__name__)
class F(frozenset):
    pass
print(F([1]), F(), hash(F([1])) == hash(frozenset([1])))
big = set()
for i in range(2000): big.add(i * 7919 % 10007)
print(len(big), sum(big), list(big)[:10])
for i in range(0, 10007, 2): big.discard(i)
print(len(big), list(big)[:10])
print({i * 1000003 for i in range(20)})
print(set([2**62, 2**63, 2**64, -2**63, 2**61 - 1, 2**61, 2**61 + 5]))
print({-i for i in range(30)}, set(range(-10, 10, 3)))
print(set('a') , {1, 2} & {2.0}, {2.0} & {1, 2}, {1} | {True}, {True} | {1})
r = {1, 2, 3}
x = {3, 4}
print(r.isdisjoint(x), r.isdisjoint(r), set().isdisjoint(set()), r.issubset(r), set() <= set())
print(list(dict.fromkeys([3, 1, 3, 2, 1])), sorted({5, -2, 9}))
w = {1, 2, 3}
w.add(w.pop()); print(w)
`],
  ['range, slice and iterators (enumerate, zip, map, filter, reversed, iter)', String.raw`def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
r = range(3, 30, 4)
print(r, range(5), range(0, 10, 2), range(-5), range(10, 0, -3), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], r[1:100], r[-100:], r[5:1:-2])
show(lambda: r[100])
show(lambda: r['a'])
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(1.5))
show(lambda: range(1, 2, 0))
show(lambda: range(x=1))
show(lambda: len(range(10**20)))
show(lambda: r.index(8))
show(lambda: r.index('a'))
print(r.index(7), r.count(7), r.count(8), r.count(7.0), 7.0 in r, 7 in r, 8 in r, True in range(2), -1 in range(-5, 0, 2), -3 in range(-5, 0, 2))
big = range(10**20, 10**20 + 10**12, 7)
print(big, len(big), big[5], big[-1], 10**20 + 14 in big, 10**20 + 15 in big, big[1:3], list(range(2**53 - 2, 2**53 + 3)), list(reversed(range(2**60, 2**60 + 3))))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7), range(3) != range(4), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(5, 2)), hash(range(1, 2)) == hash(range(1, 3, 5)), bool(range(0)), bool(range(2)))
print(range(5).start, range(5).stop, range(1, 5, 2).step, list(reversed(range(1, 10, 3))), list(reversed(range(0))), sum(range(101)))
show(lambda: range(5).foo)
show(lambda: hash(slice(1)))
print(slice(1, 2), slice(3), slice(None, None, -1), slice(1, 2, 3).indices(10), slice(None, None, -1).indices(5), slice(-100, 100).indices(5), slice(1).start, slice(1).stop)
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
show(lambda: slice(1, 2).indices(-1))
show(lambda: slice(0, 1, 0).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1) != slice(1))
for i, c in enumerate('ab', 10): print(i, c, end=' ')
print()
print(list(enumerate([], 5)), list(enumerate('xy', start=-1)), list(enumerate(iterable='ab')), list(enumerate('a', 2**70)))
show(lambda: enumerate())
show(lambda: enumerate([], 1.5))
show(lambda: enumerate([], foo=1))
show(lambda: enumerate([], 1, 2))
show(lambda: enumerate(5))
print(list(zip()), list(zip('abc')), list(zip('ab', [1, 2, 3])), list(zip([1, 2], [3, 4], strict=True)))
show(lambda: list(zip([1], [2, 3], strict=True)))
show(lambda: list(zip([1, 2], [2], strict=True)))
show(lambda: list(zip([1, 2], [2, 3], [4], strict=True)))
show(lambda: list(zip([1], [2], [4, 5], strict=True)))
show(lambda: zip([1], 5))
show(lambda: zip(foo=1))
print(list(map(abs, [-1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, 'ab')), list(filter(None, [0, 1, [], 'a'])), list(filter(bool, [0, 2])), list(filter(lambda x: x > 1, range(4))))
show(lambda: map(len))
show(lambda: map(len, [], x=1))
show(lambda: filter(None))
show(lambda: list(map(len, [1])))
print(list(reversed((1, 2, 3))), list(reversed('abc')), list(reversed(range(3))), list(reversed([])), ''.join(reversed('hello')))
show(lambda: reversed(5))
show(lambda: list(reversed({1, 2})))
show(lambda: reversed())
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(Seq()), list(reversed(Seq())), 20 in Seq(), list(iter(Seq())), type(iter(Seq())).__name__, type(reversed(Seq())).__name__)
class NoRev:
    __reversed__ = None
    def __len__(self): return 0
    def __getitem__(self, i): return 0
show(lambda: reversed(NoRev()))
n = 0
def counter():
    global n
    n += 1
    return n
print(list(iter(counter, 5)), type(iter(counter, 0)).__name__)
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
ri = iter(range(5)); next(ri); print(ri.__length_hint__(), list(ri))
e = enumerate('abc'); print(next(e), next(e), list(e), list(e))
z = zip('ab', 'cd'); print(next(z), list(z))
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(iter(set())).__name__, type(iter(range(0))).__name__, type(iter(())).__name__)
print(type(iter([]).__iter__()).__name__, hasattr(iter([]), '__next__'))
res = [id(t) for t in enumerate('abc')]
print(len(set(res)))
print(all(a is b for a, b in zip(list(zip('ab', 'cd')), list(zip('ab', 'cd')))))
d = {'a': 1, 'b': 2}
pairs = []
for item in d.items():
    pairs.append(item)
print(pairs, pairs[0] is not pairs[1])
it2 = iter({'a': 1}.items()); print(next(it2))
`],
  ['GC tracking, gc.get_count() with free lists, refcounts, dealloc order', String.raw`import gc, sys
items = [
 ('empty tuple ()', ()),
 ('tuple holding list', ([],)), ('empty list', []), ('list of ints', [1, 2]),
 ('empty dict {}', {}), ('dict of atoms {1:"a"}', {1: 'a'}), ('dict holding list', {1: []}),
 ('set()', set()), ('frozenset()', frozenset()), ('range', range(3)), ('slice', slice(1)),
 ('iter list', iter([])), ('iter range', iter(range(2))), ('enumerate', enumerate([])), ('keys', {}.keys()),
 ('dict(a=1)', dict(a=1)), ('dict([(1,[])])', dict([(1, [])])), ('copy of atom dict', {1: 2}.copy()), ('copy of list dict', {1: []}.copy()),
 ('dict comprehension', {i: i for i in range(3)}), ('dict.fromkeys', dict.fromkeys('ab')), ('nested tuple', ((1, 2), 3)),
]
for name, o in items:
    print(f'{name:40s} {gc.is_tracked(o)}')
gc.collect(); t = tuple([1, 2])
print('runtime tuple(1,2) before collect:', gc.is_tracked(t)); gc.collect(); print('after gc.collect():', gc.is_tracked(t))
dd = {}; dd['a'] = 1
print('dict after dd["a"]=1:', gc.is_tracked(dd)); dd['b'] = []; print('after dd["b"]=[]:', gc.is_tracked(dd)); del dd['b']; print('after del dd["b"]:', gc.is_tracked(dd)); gc.collect(); print('after full collect:', gc.is_tracked(dd))
dt = {}; dt[(1, 2)] = 3; print('tuple key', gc.is_tracked(dt))
dt2 = {}; dt2[1] = (1, []); print('tuple with list value', gc.is_tracked(dt2))
class K: pass
class ML(list): pass
class MD(dict): pass
print(gc.is_tracked(MD()), gc.is_tracked(ML()))
gc.disable()
gc.collect()
c0 = gc.get_count()
x = []
c1 = gc.get_count()
y = {}
c2 = gc.get_count()
z = set()
c3 = gc.get_count()
w = (x, y)
c4 = gc.get_count()
for i in (1, 2, 3): pass
c5 = gc.get_count()
for i in range(3): pass
c6 = gc.get_count()
s = [1, 2, 3][0:2]
c7 = gc.get_count()
s2 = [1, 2, 3][0:2]
c8 = gc.get_count()
e = list(enumerate('ab'))
c9 = gc.get_count()
print(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9)
L = [object()]
o = L[0]
print(sys.getrefcount(o))
it = iter(L)
print(sys.getrefcount(L))
next(it)
print(sys.getrefcount(o))
for q in it: pass
print(sys.getrefcount(L))
del it
print(sys.getrefcount(L))
d = {'k': o}
v = d.values()
print(sys.getrefcount(d))
del v
print(sys.getrefcount(d), sys.getrefcount(o))
S = {o}
print(sys.getrefcount(o))
S.clear()
print(sys.getrefcount(o))
T = (o, o, o)
print(sys.getrefcount(o))
del T
print(sys.getrefcount(o))
sorted([o])
print(sys.getrefcount(o))
ll = [o] * 5
print(sys.getrefcount(o))
ll[1:3] = []
print(sys.getrefcount(o))
del ll[::2]
print(sys.getrefcount(o))
ll.clear()
print(sys.getrefcount(o))
zz = list(zip([o], [o]))
print(sys.getrefcount(o))
del zz
print(sys.getrefcount(o))
class Del:
    def __init__(s, n): s.n = n
    def __del__(s): print('del', s.n)
a = [Del(1), Del(2), Del(3)]
del a
b = (Del(4), Del(5))
del b
c = {Del(6): Del(7)}
del c
dl = [Del(8), Del(9), Del(10)]
dl.clear()
dl = [Del(11), Del(12), Del(13)]
dl[0:2] = []
print('end')
`],
];

describe.skipIf(!hasPython3).concurrent('containers vs CPython 3.11', () => {
  for (const [name, code] of PROGRAMS) it(name, () => same(code));

  it('small snippets', () => same(String.raw`
print([1, [2, [3]]], (1,), (), ((),), [()], {1: (2,)}, set(), frozenset(), {'a': [1]})
a = [1]; a.append(a); d = {}; d[1] = d; t = ([],); t[0].append(t)
print(a, d, t)
print(list(range(3)), tuple(range(3)), dict(enumerate('ab')), sorted(set([3, 1, 2])), list(zip(*[(1, 2), (3, 4)])))
x, *y = range(4); print(x, y)
print([i * i for i in range(5) if i % 2], {i: i % 3 for i in range(5)}, sorted({i % 3 for i in range(9)}))
print(sum(map(len, ['a', 'bb'])), max(zip([1, 2], 'ab')), min([3, 1, 2], key=lambda v: -v))
print(sorted([5, 2, 5, 1], reverse=True), sorted(['b', 'a'], key=str.upper), list(reversed(sorted('cab'))))
L = [3, 1, 2]; L.sort(); print(L, L.pop(), L.pop(0), L)
print(1 in [1, 2], 3 not in (1, 2), 'a' in {'a': 1}, 2 in {2}, 5 in range(10), (1, 2) in {(1, 2): 0})
`));

  it('set iteration order matches for random int lists (set, sorted, dict.fromkeys)', async () => {
    const small = fc.integer({ min: -60, max: 60 });
    const medium = fc.integer({ min: -2_000_000, max: 2_000_000 });
    const huge = fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n });
    const elem = fc.oneof({ weight: 4, arbitrary: small.map(BigInt) }, { weight: 3, arbitrary: medium.map(BigInt) }, { weight: 1, arbitrary: huge });
    const cases = fc.sample(fc.array(elem, { maxLength: 60 }), { numRuns: 150, seed: 20240611 });
    const lines = ['cases = ['];
    for (const c of cases) lines.push('  [' + c.map(String).join(', ') + '],');
    lines.push(']', 'for L in cases:', '    s = set(L)', '    print(s, sorted(L), list(dict.fromkeys(L)), len(s), frozenset(L) == s)',
      '    s.difference_update(L[::2]); print(s)');
    const code = lines.join('\n');
    const [want, got] = await Promise.all([python(code), pyvm(code)]);
    expect(want.code).toBe(0);
    const w = want.stdout.split('\n'), g = got.stdout.split('\n');
    for (let i = 0; i < w.length; i++) {
      const k = i >> 1;
      expect(g[i], `case ${k}: [${cases[k]?.join(', ')}] (pyvm stderr: ${got.stderr.slice(-300)})`).toBe(w[i]);
    }
  });

  it('random list operations keep the same contents (slice assignment and deletion)', async () => {
    const op = fc.oneof(
      fc.tuple(fc.constant('a'), fc.integer({ min: -12, max: 12 }), fc.integer({ min: -12, max: 12 }), fc.integer({ min: 0, max: 5 })),
      fc.tuple(fc.constant('d'), fc.integer({ min: -12, max: 12 }), fc.integer({ min: -12, max: 12 }), fc.constantFrom(1, 2, 3, -1, -2)),
      fc.tuple(fc.constant('e'), fc.integer({ min: -12, max: 12 }), fc.integer({ min: -12, max: 12 }), fc.constantFrom(2, 3, -1, -3)),
      fc.tuple(fc.constant('i'), fc.integer({ min: -12, max: 12 }), fc.integer({ min: 0, max: 99 }), fc.constant(0)),
      fc.tuple(fc.constant('p'), fc.integer({ min: -12, max: 12 }), fc.constant(0), fc.constant(0)),
    );
    const seqs = fc.sample(fc.array(op, { maxLength: 25 }), { numRuns: 60, seed: 7 });
    const body = seqs.map((ops) => '[' + ops.map(([k, x, y, z]) => `('${k}', ${x}, ${y}, ${z})`).join(', ') + ']');
    const code = [
      'progs = [', ...body.map((b) => '  ' + b + ','), ']',
      'for ops in progs:',
      '    L = list(range(10))',
      '    for k, x, y, z in ops:',
      '        try:',
      "            if k == 'a': L[x:y] = range(100, 100 + z)",
      "            elif k == 'd': del L[x:y:z]",
      "            elif k == 'e': L[x:y:z] = [7] * len(L[x:y:z])",
      "            elif k == 'i': L.insert(x, y)",
      "            else: L.pop(x)",
      '        except (IndexError, ValueError) as e:',
      "            L.append(str(e))",
      '    print(L)',
    ].join('\n');
    const [want, got] = await Promise.all([python(code), pyvm(code)]);
    expect(want.code).toBe(0);
    expect(got.stdout).toBe(want.stdout);
  });

  // Set displays of more than two constants compile (in CPython) to a frozenset constant that the
  // set is rebuilt from: the insertion order -- so the display order of colliding hashes -- follows it.
  it('set display of constants: print({-1, -5, 3, 0}) shows {0, 3, -1, -5}', async () => {
    const code = ['print({-1, -5, 3, 0})', 'print({3, -1, 0, -5, 8, 16, -16})', 'x = 7', 'print({x, -1, 15, 0, -9})'].join('\n');
    const [want, got] = await Promise.all([python(code), pyvm(code)]);
    expect(want.code).toBe(0);
    expect(got.stdout).toBe(want.stdout);
  });
});
