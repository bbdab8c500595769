# OverflowError texts: sequence repeat counts vs Py_ssize_t and C int arguments
def show(fn):
    try:
        r = fn()
        print('ok', repr(r)[:50])
    except BaseException as e:
        print(f'{type(e).__name__}: {e}')
B = 10**20
show(lambda: [1] * B)
show(lambda: (1,) * B)
show(lambda: 'a' * B)
show(lambda: b'a' * B)
def imul():
    x = [1]; x *= B
show(imul)
show(lambda: [1].pop(B))
show(lambda: [1].insert(B, 1))
show(lambda: [3, 1].sort(reverse=B))
show(lambda: sorted([1], reverse=B))
show(lambda: 'a'.center(B))
show(lambda: 'a'.ljust(B))
show(lambda: 'a'.zfill(B))
show(lambda: 'a'.expandtabs(B))
show(lambda: 'a'.replace('a', 'b', B))
show(lambda: 'a b'.split(' ', B))
show(lambda: 'a'.splitlines(B))
show(lambda: b'a'.center(B))
show(lambda: b'a'.zfill(B))
show(lambda: b'a'.hex(':', B))
show(lambda: bytearray(b'a').pop(B))
show(lambda: bytearray(b'a').insert(B, 1))
show(lambda: b'a'.replace(b'a', b'b', B))
show(lambda: b'a b'.split(b' ', B))
show(lambda: 'abc'[B])
show(lambda: 'abc'[B:])
show(lambda: [1].index(1, B))
show(lambda: 'abc'.find('a', B))
show(lambda: "a\\nb".splitlines(2.5))
import sys
show(lambda: sys.setrecursionlimit(B))
show(lambda: sys.setrecursionlimit(-B))
show(lambda: sys.setrecursionlimit(0))
