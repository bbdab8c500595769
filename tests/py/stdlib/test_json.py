# json
import json
from collections import OrderedDict
import io


cases = ['', ' ', '{', '{"a" 1}', '{"a": 1', '{"a": 1,}', '{a: 1}', '[1, 2', '[1,]', '[1 2]', 'nul', 'tru', '"abc',
         '"a\\qb"', '"a\\u12"', '"a\nb"', '[1] x', '01', '-', '1.', '1e', '{"a":}', '[', '"\\', '  \n  [1,\n 2,\n x]',
         '\ufeff[]', 'NaN', '-Infinity', 'Infinity', '[1,2,3]]', '{"a":1 "b":2}', '"\\ud800"', '"\\ud83d\\ude00"', '1.5e3',
         '-0', '-0.0', '123456789012345678901234567890', '1E400', '"\\u00e9"', '  {"k": [1, 2.5, "s", null, true, false, {}], "n": {"m": []}}  ',
         '[1.0, 1e5, -2E-3, 0.1, 3.14159]', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '{"a": 1, "a": 2}', '[[[[]]]]', '"\\x"', '{"a"', '{"a":1,', '[1,', 'true false',
         '\t\n 42 \r\n']
for c in cases:
    try:
        print(repr(c), '->', repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'ERR', e, '|', e.msg, e.pos, e.lineno, e.colno)
for o in [float('nan'), float('inf')]:
    try:
        json.dumps(o, allow_nan=False)
    except ValueError as e:
        print('ValueError', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(object())
except TypeError as e:
    print('TypeError', e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError', e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', e)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
print(json.dumps('héllo\u2028\x7f\x01"\\/ 😀'), json.dumps('héllo😀\x01', ensure_ascii=False))
data = {'b': [1, 2.5, None, True], 'a': {}, 'c': [], 'd': {'x': 1, 'y': [False, 'z']}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent=4))
print(json.dumps([1, [2, [3]]], indent='\t'), json.dumps({1: 2, 2.5: 3, True: 4, None: 5}), json.dumps([1, 2], separators=(',', ':')), json.dumps({'a': 1}, indent=0))
print(json.dumps(1e16), json.dumps(-0.0), json.dumps(10 ** 20), json.dumps(3.0), json.dumps(float('nan')), json.dumps([float('-inf')]), json.dumps(0.1 + 0.2), json.dumps(1 / 3))
print(json.dumps((1, 2)), json.dumps('x'), json.dumps(None), json.dumps(True), json.dumps({'k': 'v'}, separators=(', ', ' = ')), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True), json.dumps({3: 'a', 1: 'b'}, sort_keys=True))
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True))
print(json.dumps({'when': {1, 2}}, default=sorted), json.dumps(OrderedDict([('z', 1), ('a', 2)])))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex if False else set):
            return {'__set__': sorted(o)}
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=Enc), Enc(indent=1).encode([1, {2}]))
print(json.loads('{"a": 1.5, "b": 2}', parse_float=lambda s: 'F' + s, parse_int=lambda s: int(s) * 10))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: c.lower()))
print(json.loads('"a\tb"', strict=False))
roundtrip = {'name': 'Ünïcode ✓', 'nums': [0, -1, 2 ** 70, 1.25e-10], 'nested': {'list': [[], {}], 'esc': 'tab\there "q"'}}
s = json.dumps(roundtrip)
print(s)
print(json.loads(s) == roundtrip, json.loads(json.dumps(roundtrip, ensure_ascii=False)) == roundtrip)
buf = io.StringIO()
json.dump({'x': [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} tail'), dec.decode(' [1] '))
print(json.JSONDecodeError.__module__, issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
e = json.JSONDecodeError('msg', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.args)
from enum import IntEnum
class N(IntEnum):
    ONE = 1
print(json.dumps({'n': N.ONE, N.ONE: 'k'}), json.dumps([True, False, 1.0, 2]))
json.loads('[1, 2')
