from dataclasses import dataclass, field, InitVar, KW_ONLY, make_dataclass, replace, fields
import inspect
@dataclass
class A:
    x: int = field(default=5, init=False)
    y: list = field(default_factory=list, init=False)
print(A().__dict__, A.x)
@dataclass(slots=True)
class AS:
    x: int = field(default=5, init=False)
print(AS().x)
@dataclass
class B:
    a: int
    b: str = 'b'
    c: list = field(default_factory=list)
    _: KW_ONLY
    d: int = 4
print(inspect.signature(B), B.__init__.__annotations__, B.__init__.__qualname__, B.__init__.__name__)
print(B(1), B(1, 'x', [1], d=9))
@dataclass
class S:
    self: int
    other: int = 0
print(S(1, 2), S(self=3))
@dataclass(frozen=True)
class F:
    a: int
    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 2)
f = F(2); print(f, f.b)
try: f.a = 3
except Exception as e: print(type(e).__name__, e)
try: del f.b
except Exception as e: print(type(e).__name__, e)
@dataclass(frozen=True)
class Empty: pass
try: Empty().z = 1
except Exception as e: print(type(e).__name__, e)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.a *= scale
print(WithInit(3), WithInit(3, 10))
try: WithInit()
except TypeError as e: print(e)
try: WithInit(1, 2, 3)
except TypeError as e: print(e)
try: WithInit(1, nope=2)
except TypeError as e: print(e)
try: B(1, a=2)
except TypeError as e: print(e)
try: B(1, 'x', [], 4)
except TypeError as e: print(e)
M = make_dataclass('M', [('p', int), ('q', str, field(default='q'))])
print(M(1), inspect.signature(M))
print(replace(B(1), b='z'))
@dataclass
class Fac:
    n: int = 0
    items: list = field(default_factory=lambda: [1, 2])
x1, x2 = Fac(), Fac()
x1.items.append(3); print(x1, x2, Fac(1, [9]))
@dataclass
class Inh(Fac):
    extra: str = 'e'
print(Inh(), inspect.signature(Inh))
@dataclass(init=False)
class NoInit:
    a: int = 1
print(NoInit())
class Sl:
    pass
@dataclass
class WithDefaultNone:
    a: object = None
print(WithDefaultNone())
from dataclasses import FrozenInstanceError
@dataclass(frozen=True, slots=True)
class P:
    x: int
    y: int = 2
p = P(1)
print(p, P.__slots__, inspect.signature(P))
try: p.x = 5
except FrozenInstanceError as e: print('frozen', e)
try: p.z = 5
except Exception as e: print(type(e).__name__, e)
@dataclass(slots=True)
class Q:
    a: int
    b: list = field(default_factory=list)
    c: int = field(default=7, init=False)
q = Q(1); print(q, q.c)
try: q.d = 1
except AttributeError as e: print(e)
@dataclass
class R:
    self_: int
    other: 'R' = None
print(R(1), inspect.signature(R))
