# which C-level check meets the recursion limit first decides the RecursionError message:
# comparisons not specialized by CPython 3.11 (" in comparison"), range() (compute_range_length
# compares), calls of builtin types without a vectorcall and METH_VARARGS builtins (" while
# calling a Python object"), format() / f-string specs (the __format__ call), '%s' % int (none)
import sys

class K:
    pass

x = 5
tests = {
    'cmp_value': lambda: x < 3,
    'cmp_chain': lambda: 1 < x < 9,
    'range1': lambda: range(3),
    'range3': lambda: range(0, 9, 2),
    'range_slice': lambda: range(9)[1:3],
    'object': lambda: object(),
    'zip': lambda: zip([1], [2]),
    'slice': lambda: slice(1),
    'bytearray': lambda: bytearray(1),
    'memoryview': lambda: memoryview(b''),
    'property': lambda: property(),
    'staticmethod': lambda: staticmethod(abs),
    'exception': lambda: ValueError('x'),
    'type3': lambda: type('X', (), {}),
    'type1': lambda: type(x),
    'super': lambda: super(int, 1),
    'list': lambda: list(),
    'dict': lambda: dict(a=1),
    'enumerate': lambda: enumerate([]),
    'NoneType': lambda: type(None)(),
    'ellipsis': lambda: type(...)(),
    'dir': lambda: dir(K),
    'vars': lambda: vars(K),
    'fstr_spec': lambda: f'{x:>3}',
    'fstr_float': lambda: f'{1.5}',
    'fstr_int': lambda: f'{x}',
    'format_spec': lambda: format('a', '>2'),
    'format_int': lambda: format(x),
    'pct_s_int': lambda: '%s' % x,
    'pct_r_int': lambda: '%r' % x,
    'pct_5s_int': lambda: '%5s' % x,
    'pct_s_float': lambda: '%s' % 1.5,
    'str_format': lambda: '{:>3}'.format(x),
}

def probe(fn):
    def f():
        fn()
        f()
    try:
        f()
    except RecursionError as e:
        return str(e)

def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)

def down_float(n):
    if n == 0:
        return 0
    return down_float(n - 1)

def walk(items, depth):
    for i in range(len(items)):
        walk(items, depth + 1)

sys.setrecursionlimit(80)
for name, fn in tests.items():
    print(f'{name:14} {probe(fn)}')
for f, arg in [(countdown, -1), (down_float, 2.5), (walk, [1])]:
    try:
        f(arg) if f is not walk else f(arg, 0)
    except RecursionError as e:
        print(f.__name__, e)
