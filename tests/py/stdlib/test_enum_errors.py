from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum, EnumMeta, property as eprop
def show(fn):
    try: print(repr(fn()))
    except Exception as e: print(f'{type(e).__name__}: {e} | ctx={e.__context__!r}')
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str): return cls[value.upper()]
        return None
show(lambda: Color('red'))
show(lambda: Color(9))
show(lambda: Color.RED < Color.GREEN)
show(lambda: 1 in Color)
show(lambda: Color.RED in Color)
show(lambda: Color.__members__)
show(lambda: list(reversed(Color)))
def setname(): Color.RED.name = 'x'
show(setname)
def setval(): Color.RED.value = 5
show(setval)
def delm(): del Color.RED
show(delm)
def addm(): Color.PINK = 9
show(addm)
show(lambda: Color.RED.__class__.__name__)
show(lambda: [c.name for c in Color])
class P(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
show(lambda: (P.R | P.W, str(P.R | P.W), P(6), P(0), P.RWX, list(P.RWX), P.R & P.W, P(7) ^ P.R, ~P.X))
show(lambda: P(8))
show(lambda: [m.name for m in P])
show(lambda: P.__members__.keys())
class IF(IntFlag):
    A = 1
    B = 2
show(lambda: (IF.A | 8, IF(12), repr(IF(12)), IF.A + 1, IF.A & 3))
class Mood(Enum):
    HAPPY = 'h'
    def __str__(self): return self.name.title()
    def describe(self): return f'{self} mood'
show(lambda: (str(Mood.HAPPY), f'{Mood.HAPPY}', Mood.HAPPY.describe(), repr(Mood.HAPPY)))
class Shape(Enum):
    SQUARE = 2
    ALIAS_SQ = 2
    DIAMOND = 1
show(lambda: (Shape.ALIAS_SQ, list(Shape), Shape.__members__['ALIAS_SQ'], Shape(2).name))
def m(c):
    match c:
        case Color.RED: return 'r'
        case Color.GREEN | Color.BLUE: return 'gb'
show(lambda: (m(Color.RED), m(Color.BLUE)))
class S(StrEnum):
    A = auto()
    B = auto()
show(lambda: (S.A, S.B.value, S.A == 'a', sorted(S), S('b')))
class N(IntEnum):
    ONE = 1
    TWO = 2
show(lambda: (N.ONE + N.TWO, sorted([N.TWO, N.ONE]), N.ONE < 2, N(2), max(N), N.TWO.bit_length(), hex(N.TWO)))
show(lambda: isinstance(Color, EnumMeta))
show(lambda: Enum('Anim', 'CAT DOG', start=10).DOG.value)
show(lambda: Color.RED.__hash__() == hash(Color.RED))
import pickle
show(lambda: pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN)
class WithInit(Enum):
    A = (1, 'one')
    def __init__(self, num, label):
        self.num = num
        self.label = label
show(lambda: (WithInit.A.num, WithInit.A.label, WithInit.A.value, WithInit((1, 'one'))))
class Color(Enum):
    RED = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str): return cls[value.upper()]
        if value == 99: return 'bad'
        if value == 98: raise ValueError('custom ve')
        return None
show(lambda: Color('purple'))
show(lambda: Color(99))
show(lambda: Color(98))
show(lambda: Color(7))
show(lambda: Color.name)
show(lambda: Color.value)
show(lambda: Color.RED.name)
def d(): del Color.RED.name
show(d)
class Named(Enum):
    name = 1
    other = 2
show(lambda: (Named.name, Named.other.name, list(Named)))
class P(Flag):
    A = 1
    B = 2
show(lambda: P(4))
show(lambda: P(-1))
class IE(IntEnum):
    X = 1
show(lambda: IE(5))
show(lambda: 'x' in IE)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    try: 1 in Color
    except TypeError: pass
    print(len(w), w[0].category.__name__ if w else None)
show(lambda: Color.PURPLE)
show(lambda: hasattr(Color, 'PURPLE'))
show(lambda: Color.__foo__)
show(lambda: getattr(Color, 'RED'))
class V(Enum):
    value = 5
    name = 6
show(lambda: (V.value, V.name, V.value.value, V.name.name, V(5), V['name'], list(V)))
