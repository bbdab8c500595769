# One-character strings: the Latin-1 singletons versus the interned objects CPython 3.11 keeps for
# some letters; constant subscripts folded at compile time; reference counts of the items of
# constant tuples (the parser's arena holds the literals while __main__ runs).
import sys
s = 'hello xyz'
pairs = [(s[0], 'h'), (s[6], 'x'), (s[8], 'z'), (chr(97), 'a'), (chr(103), 'g'), (chr(117), 'u'),
         ('X'.lower(), 'x'), ('Q'.lower(), 'q'), ('9'.upper(), '9'), (str(7), '7')]
for computed, literal in pairs:
    print(repr(literal), computed is literal, computed == literal)
print(sys.intern(chr(120)) is 'x', sys.intern(chr(122)) is 'z', sys.intern(s[0]) is 'h')
print('xy'[0] is 'x', 'hello'[-1], (10, 20, (30, 40))[2], b'AB'[1], 'ab'[True])
try:
    'abc'[5]
except IndexError as e:
    print('IndexError:', e)
d = {'x': 1, 'k': 2}
print([k is 'x' for k in d], [k is chr(120) for k in d])
for w in ['qq1', 'qq2']:
    print(w, sys.getrefcount(w))
for w in ('qq3', 'qq4'):
    print(w, sys.getrefcount(w))
for n in [123456, 654321]:
    print(n, sys.getrefcount(n))
t = ('tt1', ('tt2', 'tt3'))
print(sys.getrefcount(t[0]), sys.getrefcount(t[1]), sys.getrefcount(t[1][0]))


def f():
    for w in ['ww1', 'ww2']:
        print(w, sys.getrefcount(w))


f()
