import pickle, copyreg
from collections import OrderedDict, namedtuple, defaultdict, deque, Counter
class C:
    def __init__(self): self.x = 1; self.y = [1, 2]
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
class G:
    def __init__(self, v): self.v = v
    def __getstate__(self): return {'v': self.v * 2}
    def __setstate__(self, st): self.v = st['v'] + 1
class R:
    def __init__(self, a, b): self.a, self.b = a, b
    def __reduce__(self): return (R, (self.a, self.b))
    def __eq__(self, o): return isinstance(o, R) and (self.a, self.b) == (o.a, o.b)
class NE:
    def __new__(cls, *args, **kw):
        o = super().__new__(cls); o.args = args; o.kw = kw; return o
    def __getnewargs_ex__(self): return self.args, self.kw
P = namedtuple('P', 'x y')
def f(): pass
rec = [1]; rec.append(rec)
shared = [1, 2]
t = (shared, shared)
d = {'a': 1}; d['self'] = d
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**64, -2**64, 10**100, -(10**100), 1.5, -0.0, float('inf'), 1e300,
          '', 'a', 'héllo', 'x' * 300, '\u20ac\U0001f600', b'', b'abc', b'x' * 300, bytearray(b'ab'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], list(range(1100)), {}, {'a': 1}, {'a': 1, 'b': [2]},
          {i: str(i) for i in range(1100)}, {1, 2, 3}, frozenset({1, 2}), frozenset(), set(), P(1, 2), OrderedDict(a=1), defaultdict(list, {'k': [1]}), deque([1, 2]), Counter('aab'),
          f, len, C, int, type(None), type(NotImplemented), Ellipsis, NotImplemented, 1j, t, range(3), slice(1, 2), R(1, [2]), G(5), NE(1, k=2), [t, t], {'k': shared, 'j': shared}]
for v in values:
    for proto in (0, 1, 2, 3, 4, 5):
        try:
            b = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, type(e).__name__, e)
            continue
        back = pickle.loads(b)
        ok = back == v if not isinstance(v, (C, S, G, NE, float)) or v != v else True
        print(proto, repr(b) if len(b) < 200 else (len(b), b[:60], b[-30:]), ok)
for obj in [C(), S(), G(5), NE(1, k=2)]:
    for proto in (2, 4):
        b = pickle.dumps(obj, proto)
        back = pickle.loads(b)
        print(proto, b, type(back).__name__, {k: getattr(back, k, None) for k in ('x', 'y', 'a', 'b', 'v', 'args', 'kw')})
r2 = pickle.loads(pickle.dumps(rec)); print(r2[1] is r2, pickle.dumps(rec))
d2 = pickle.loads(pickle.dumps(d)); print(d2['self'] is d2)
t2 = pickle.loads(pickle.dumps(t)); print(t2[0] is t2[1])
for bad in [lambda: pickle.dumps(lambda: 1), lambda: pickle.loads(b'garbage'), lambda: pickle.loads(b'\x80\x04K'), lambda: pickle.loads(b''), lambda: pickle.dumps(1, 6), lambda: pickle.loads('x')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
import io
buf = io.BytesIO(); pickle.dump({'a': [1, 2]}, buf); buf.seek(0); print(pickle.load(buf))
print(pickle.PicklingError, pickle.UnpicklingError, pickle.Pickler)
