# dataclass __eq__/__lt__/__hash__ are compiled from source: errors in them show File "<string>" frames
from dataclasses import dataclass, field
@dataclass(frozen=True)
class F:
    a: int
    b: list = field(default_factory=list)
try: hash(F(1))
except TypeError as e: print(e)
@dataclass(order=True)
class O:
    a: int
    b: str = 'x'
print(O(1) < O(1, 'y'), O(2) >= O(1), O(1) == O(1), O(1) != O(2), O(1) == 1, sorted([O(3), O(1, 'b'), O(1, 'a')]))
@dataclass(order=True)
class E:
    pass
print(E() == E(), E() <= E())
print(O.__lt__.__qualname__, O.__eq__.__name__, F.__hash__.__qualname__)
@dataclass(eq=True, unsafe_hash=True)
class U:
    a: int
    b: int = field(hash=False)
print(hash(U(1, 2)) == hash((1,)))
@dataclass
class self_named:
    self: int
print(self_named(1) == self_named(1))
O(1) < O('a')
