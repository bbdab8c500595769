# the lists str/bytes split and splitlines return have CPython's capacity: split starts from
# PyList_New(PREALLOC_SIZE(maxsplit)) (at most 12; [s] alone when s is shorter than sep), splitlines
# from an empty list grown by appends -- as sys.getsizeof shows
import sys
def sz(x): return sys.getsizeof(x)
for n in [0, 1, 2, 5, 11, 12, 13, 20, 30]:
    s = ' '.join(['w'] * n)
    c = ','.join(['w'] * n)
    print(n, sz(s.split()), sz(c.split(',')), sz(s.split(' ')), sz(s.split(maxsplit=1)), sz(s.split(None, 3)), sz(s.rsplit()), sz(c.rsplit(',')), sz(c.rsplit(',', 2)), sz('\n'.join(['w']*n).splitlines()), sz(s.encode().split()), sz(c.encode().split(b',')), sz(s.partition(' ')))
print(sys.getsizeof(bytearray(b'a b').split()), sys.getsizeof('abc'.split('abcd')), sys.getsizeof('a,b'.rsplit(',', 0)))
