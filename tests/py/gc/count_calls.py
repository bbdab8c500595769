# gc.get_count() after calls whose CPython implementation allocates an argument tuple or dict
# (print, min/max, str.format, str.find/startswith, zip, weakref.ref), a list for str.join of a
# non-sequence, and none for a list display iterated by a comprehension (a constant tuple)
import gc, sys, weakref

c = gc.get_count
res = []


def probe(name, fn):
    fn()  # warm up: free lists and caches
    gc.collect()  # also empties the free lists
    a = c()[0]
    fn()
    b = c()[0]
    fn()
    d = c()[0]
    res.append((name, b - a, d - b))


class K:
    pass


k = K()
L = [3, 1, 2]
S = 'a b'
u = 1
probe('print0', lambda: print(end=''))
probe('print1', lambda: print(1, end=''))
probe('print2', lambda: print(1, 2, end=''))
probe('print3', lambda: print(1, 2, 3, end=''))
probe('max2', lambda: max(1, 2))
probe('max1', lambda: max(L))
probe('minkw', lambda: min(L, key=abs))
probe('format', lambda: '{} {}'.format(1, 2))
probe('formatkw', lambda: '{a}'.format(a=1))
probe('find', lambda: S.find('a'))
probe('startswith', lambda: S.startswith('a'))
probe('count', lambda: S.count('a'))
probe('zip1', lambda: zip(L))
probe('zip2', lambda: zip(L, L))
probe('zipstrict', lambda: zip(L, strict=True))
probe('join_list', lambda: ','.join(['a', 'b']))
probe('join_str', lambda: ','.join(S))
probe('join_gen', lambda: ','.join(x for x in S))
probe('dict_update', lambda: {}.update(a=1))
probe('str_kw', lambda: str(b'a', encoding='ascii'))
probe('int_kw', lambda: int('5', base=10))
probe('weakref', lambda: weakref.ref(k))
probe('weakref_cb', lambda: weakref.ref(k, print))
probe('comp_const', lambda: [1 for _ in [1, 2]])
probe('comp_var', lambda: [1 for _ in [u, 2]])
probe('in_list', lambda: u in [u, 2])
print()
for r in res:
    print(r)

# importing a module CPython loaded at start-up leaves the counts alone
gc.collect()
before = c()
import threading, weakref as w2, collections, functools
print(c()[0] - before[0] <= 4)
