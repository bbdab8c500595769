# pprint, types, keyword, copy of library types
import pprint
import types
import keyword
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field

data = {'name': 'pyvm', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'deep': ('x', 'y', 'z' * 30)}], 'b': None},
        'text': 'lorem ipsum dolor sit amet ' * 6, 'set': {5, 3, 1}, 'fs': frozenset({20, 10}), 'tuple1': (1,), 'empty': {}}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60, sort_dicts=False)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint([[i] * i for i in range(8)], width=30)
print(pprint.pformat({'z': 1, 'a': 2}), pprint.pformat({'z': 1, 'a': 2}, sort_dicts=False), pprint.pformat(12345678, underscore_numbers=True))
pprint.pp({'z': 1, 'a': [1] * 30})
print(pprint.saferepr({'b': [1, 2], 'a': 'x'}), pprint.isreadable([1, 'a']), pprint.isreadable([object]), pprint.isrecursive([1]))
rec = [1, 2]
rec.append(rec)
print(pprint.saferepr(rec).split(' with id=')[0], pprint.isrecursive(rec))
pprint.pprint(OrderedDict((str(i) * 8, i) for i in range(10)))
pprint.pprint(defaultdict(list, {('key%d' % i): [i] * 5 for i in range(6)}))
pprint.pprint(Counter('the quick brown fox jumps over the lazy dog' * 3))
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(ChainMap({'a' * 20: 1, 'b' * 20: 2}, {'c' * 30: 3}), width=40)
@dataclass
class Cfg:
    name: str
    options: dict = field(default_factory=dict)
    items: list = field(default_factory=list)
pprint.pprint(Cfg('config', {'verbose': True, 'level': 3, 'paths': ['/usr/lib', '/usr/local/lib']}, list(range(12))), width=50)
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta='b' * 50), width=60)
pprint.pprint('a long string ' * 10, width=40)
pprint.pprint(['short', 'a long string ' * 8], width=50)
pprint.pprint(types.MappingProxyType({'k' * 30: 'v' * 30, 'x': 1}))
print('--- types')
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns == types.SimpleNamespace(b='x', a=1), repr(types.SimpleNamespace()))
ns.c = [1]
del ns.a
print(ns, vars(ns))
class Sub(types.SimpleNamespace):
    pass
print(Sub(z=1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
mp = types.MappingProxyType({'a': 1})
print(mp, mp['a'], len(mp), list(mp), mp.get('q'), 'a' in mp, mp.copy(), mp | {'c': 3})
try:
    mp['b'] = 2
except TypeError as e:
    print('TypeError', e)
def f():
    pass
def g():
    yield 1
class K:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(g(), types.GeneratorType), isinstance(K().m, types.MethodType),
      isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType), types.NoneType is type(None))
print(types.MethodType(lambda self: self.__class__.__name__, K())())
Dyn = types.new_class('Dyn', (K,), exec_body=lambda ns: ns.update({'x': 5}))
print(Dyn.x, issubclass(Dyn, K), Dyn.__name__)
print('--- keyword')
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print('--- warnings')
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('deprecated thing', DeprecationWarning)
    warnings.warn('user thing')
    warnings.warn(RuntimeWarning('explicit'))
    print(len(w), [x.category.__name__ for x in w], [str(x.message) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error', UserWarning)
    try:
        warnings.warn('boom')
    except UserWarning as e:
        print('raised', e)
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings('ignore', message='skip')
    warnings.warn('skip me')
    warnings.warn('keep me')
    print([str(x.message) for x in w])
print(warnings.formatwarning('msg', UserWarning, 'file.py', 3))
