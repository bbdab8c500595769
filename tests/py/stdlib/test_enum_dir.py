from enum import Enum, IntEnum, Flag, auto, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    def shade(self): return 1
    @property
    def pretty(self): return self.name.lower()
print(dir(Color))
print(dir(Color.RED))
class N(IntEnum):
    A = 1
print(dir(N) == sorted(set(dir(int)) | set(dir(N))), 'A' in dir(N), '__new__' in dir(N))
print(dir(N.A)[:5], len(dir(N.A)) > 50)
class S(StrEnum):
    X = auto()
print('X' in dir(S), '__new__' in dir(S))
class P(Flag):
    R = auto()
print(dir(P), dir(P.R))
class WithNew(Enum):
    def __new__(cls, v):
        o = object.__new__(cls); o._value_ = v; return o
    A = 1
print(dir(WithNew))
