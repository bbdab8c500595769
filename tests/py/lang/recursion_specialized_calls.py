# recursion limits through builtins: which C-level call (print's write, str(), repr(), a
# specialized builtin in warm code...) hits the limit, as CPython 3.11 counts them
import sys
sys.setrecursionlimit(200)
depth = 0
class O:
    def __str__(self):
        global depth
        depth += 1
        return str(self)
    def __repr__(self):
        global depth
        depth += 1
        return repr(self)
    def __len__(self):
        global depth
        depth += 1
        return len(self)
    def __eq__(self, other):
        global depth
        depth += 1
        return self == other
    def __hash__(self):
        global depth
        depth += 1
        return hash(self)
    def __format__(self, spec):
        global depth
        depth += 1
        return format(self, spec)
    def __iter__(self):
        global depth
        depth += 1
        return iter(self)
def run(name, fn):
    global depth
    depth = 0
    try:
        fn()
    except RecursionError as e:
        print(name, depth, str(e))
o = O()
run('str', lambda: str(o))
run('repr', lambda: repr(o))
run('len', lambda: len(o))
run('eq', lambda: o == o)
run('hash', lambda: hash(o))
run('format', lambda: format(o, ''))
run('iter', lambda: iter(o))
run('fstr', lambda: f'{o}')
run('print', lambda: print(o))
def plain(n):
    global depth
    depth += 1
    return plain(n)
run('plain', lambda: plain(0))
def viamap(n):
    global depth
    depth += 1
    return list(map(viamap, [n]))
run('map', lambda: viamap(0))
def viasorted(n):
    global depth
    depth += 1
    return sorted([n], key=viasorted)
run('sorted', lambda: viasorted(0))
def viamax(n):
    global depth
    depth += 1
    return max([n], key=viamax)
run('max', lambda: viamax(0))
class G:
    def __getattr__(self, name):
        global depth
        depth += 1
        return getattr(self, name)
run('getattr', lambda: G().x)
class P:
    @property
    def v(self):
        global depth
        depth += 1
        return self.v
run('property', lambda: P().v)
class I:
    def __init__(self):
        global depth
        depth += 1
        I()
run('init', lambda: I())
class N:
    def __repr__(self):
        global depth
        depth += 1
        return f'N({self})'
class K:
    def __repr__(self):
        global depth
        depth += 1
        return 'K(%s)' % (self,)
class Q:
    def __repr__(self):
        global depth
        depth += 1
        return 'Q({})'.format(self)
for cls in (N, K, Q):
    run(cls.__name__, lambda: repr(cls()))
out = []
def p2(n):
    global depth
    depth += 1
    print(n, end='\r')
    p2(n)
run('print', lambda: p2(0))
def p12(n):
    global depth
    depth += 1
    f'{n} {n!r}'
    p12(n)
run('fstring', lambda: p12(0))
def p10(n):
    global depth
    depth += 1
    x = [1, 2]
    x.append(3)
    x.pop()
    p10(n)
run('methods', lambda: p10(0))
class X:
    def __int__(self):
        global depth
        depth += 1
        return int(self)
run('int', lambda: int(X()))
print()
