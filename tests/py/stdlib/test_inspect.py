import inspect, functools, types
def f(a, b: int = 2, /, c=3, *args, d, e: 'str' = 'x', **kw) -> bool: pass
def g(): yield 1
def plain(x, y=[1, 2], *, z=None): return x
class C:
    """Doc of C.

        Indented line.
    """
    cattr = 5
    def __init__(self, p, q=1): self.p = p
    def m(self, v, *a): pass
    @classmethod
    def cm(cls, w): pass
    @staticmethod
    def sm(u, /, t): pass
    @property
    def prop(self): return 1
    def __call__(self, k, **kw): pass
class D(C): pass
class E:
    def __new__(cls, n, *, o=2): return super().__new__(cls)
class F: pass
@functools.wraps(plain)
def wrapper(*args, **kwargs): return plain(*args, **kwargs)
for obj in [f, g, plain, C, D, E, F, C(1).m, C.m, C.cm, C.sm, C(1), wrapper, functools.partial(plain, 1), functools.partial(f, 1, d=4), lambda x, *, y=1: 0, functools.partial(plain, y=3)]:
    sig = inspect.signature(obj)
    print(sig, repr(sig), list(sig.parameters), sig.return_annotation)
for p in inspect.signature(f).parameters.values():
    print(repr(p), p.name, p.kind, str(p.kind), p.kind.description, p.default, p.annotation, int(p.kind))
print(inspect.Parameter.empty, inspect.Signature.empty, inspect.Parameter.POSITIONAL_ONLY, repr(inspect.Parameter.KEYWORD_ONLY))
for fn in [inspect.isfunction, inspect.isclass, inspect.ismethod, inspect.isgenerator, inspect.isgeneratorfunction, inspect.isbuiltin, inspect.isroutine, inspect.ismodule, inspect.isabstract, inspect.iscode, inspect.isframe, inspect.istraceback, inspect.ismethoddescriptor, inspect.isdatadescriptor]:
    print(fn.__name__, [fn(x) for x in [f, g, g(), C, C(1).m, C.m, len, [].append, inspect, f.__code__, C.__dict__['prop'], str.join, 1, None]])
print([n for n, v in inspect.getmembers(C) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(C(1), inspect.ismethod)])
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getdoc(C), repr(inspect.cleandoc('  a\n    b\n   c\n\n')), inspect.getdoc(D), inspect.getdoc(D.m))
print(inspect.getmro(D), inspect.getmodule(C).__name__, inspect.isclass(int))
sig = inspect.signature(plain)
ba = sig.bind(1, z=3); print(ba, ba.args, ba.kwargs, ba.arguments); ba.apply_defaults(); print(ba)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'q': 1}), ((1,), {'x': 2})]:
    try: sig.bind(*args, **kw)
    except TypeError as e: print('TypeError', e)
print(inspect.signature(f).bind(1, 2, 3, 4, 5, d=1, zz=2))
try: inspect.signature(f).bind(1, b=2, d=3)
except TypeError as e: print(e)
try: inspect.signature(1)
except TypeError as e: print(e)
print(inspect.getfullargspec(f))
print(inspect.getcallargs(plain, 5))
s2 = sig.replace(return_annotation=int); print(s2, s2 == sig, sig == inspect.signature(plain))
P = inspect.Parameter
print(inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY, default=1, annotation=list[int])]))
try: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)])
except ValueError as e: print(e)
try: P('a b', P.KEYWORD_ONLY)
except ValueError as e: print(e)
import typing
def ann(a: typing.List[int], b: typing.Optional[str] = None, c: 'C' = None) -> typing.Dict[str, int]: pass
print(inspect.signature(ann))
def src_func(a):
    return a + 1
print(inspect.getsource(src_func), end='')
print(inspect.getsourcelines(src_func)[1])
print(inspect.getsource(C).splitlines()[0], len(inspect.getsource(C).splitlines()))
print(inspect.currentframe().f_code.co_name, inspect.stack()[0].function, inspect.stack()[0][3])
def gen():
    yield 1
gg = gen(); print(inspect.getgeneratorstate(gg)); next(gg); print(inspect.getgeneratorstate(gg)); gg.close(); print(inspect.getgeneratorstate(gg))
print(inspect.unwrap(wrapper) is plain, inspect.getfile(src_func) == __file__)
