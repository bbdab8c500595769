# enum and abc
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import abc
from abc import ABC, abstractmethod


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print('--- Enum')
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return '%s is %d' % (self.name, self.value)
    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__, isinstance(Color.RED, Color))
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color(1).name)
print(Color.RED.describe(), Color.default(), Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), Color.RED != Color.BLUE)
print(Color.__members__)
print(list(Color.__members__), Color, type(Color).__name__, enum.EnumMeta is enum.EnumType)
print(f'{Color.RED}', format(Color.GREEN, '>12') + '|', '%s' % Color.BLUE, str(Color.BLUE))
print({Color.RED: 'r'}[Color.CRIMSON], hash(Color.RED) == hash(Color.RED), Color.RED in Color, sorted(Color, key=lambda c: c.value))
show(Color, 7)
show(Color.__getitem__, 'PURPLE')
show(lambda: 1 in Color)
show(lambda: Color.RED < Color.BLUE)
try:
    class MoreColor(Color):
        PINK = 9
except TypeError as e:
    print('TypeError', e)
print([c.name for c in reversed(Color)])

class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = auto()
print(list(Shape), Shape.TRIANGLE.value)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 6), Planet((3.303e+23, 2.4397e6)))

class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    X = (1, 'ex')
    Y = (2, 'why')
print(Coord.X, Coord(2), Coord.Y.label, Coord.X.value)

class Mood(Enum):
    HAPPY = 'h'
    SAD = 's'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() in ('h', 's'):
            return cls(value.lower())
        return None
print(Mood('H'), repr(Mood.SAD))
show(Mood, 'x')

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Pets = Enum('Pets', [('DOG', 'd'), ('FISH', 'f')])
print(Pets.DOG, Pets('f'))

print('--- IntEnum / StrEnum')
class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Level.MID, repr(Level.MID), Level.MID + 1, Level.LOW < Level.HIGH, Level(10), Level.MID == 5, int(Level.HIGH), f'{Level.MID:03d}', sorted([Level.HIGH, Level.LOW]))
print(isinstance(Level.LOW, int), Level['HIGH'], [l.value for l in Level], max(Level), str(Level.LOW), '%d' % Level.MID)
class Method(StrEnum):
    GET = auto()
    POST = 'post'
print(Method.GET, repr(Method.GET), Method.POST.upper(), Method('get'), Method.GET == 'get', f'{Method.POST}', list(Method))
class Mixed(str, Enum):
    A = 'a'
print(Mixed.A, repr(Mixed.A), f'{Mixed.A}', Mixed.A == 'a', Mixed('a'))

print('--- Flag')
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X), list(rw), repr(~Perm.R), Perm(6) is rw)
class Color2(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color2), Color2.WHITE, repr(Color2.RED | Color2.BLUE), Color2.BLUE.value)
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 4, repr(IP(8)), IP.B & 2, IP.A + 1)

print('--- abc')
class Base(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return '%s: %s' % (type(self).__name__, self.area())
class Half(Base):
    def area(self):
        return 1
class Sq(Half):
    def perimeter(self):
        return 4
for cls in (Base, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
print(Sq().describe(), sorted(Base.__abstractmethods__), Half.__abstractmethods__, Sq.__abstractmethods__, type(Base).__name__)
print(isinstance(Sq(), Base), issubclass(Sq, Base), issubclass(int, Base))
class Reg(abc.ABC):
    pass
Reg.register(tuple)
print(isinstance((1,), Reg), issubclass(tuple, Reg), isinstance([], Reg))
class One(metaclass=abc.ABCMeta):
    @abstractmethod
    def go(self):
        pass
show(One)
class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacks:
            return any('quack' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class Duck:
    def quack(self):
        return 'quack'
print(isinstance(Duck(), Quacks), issubclass(int, Quacks))
class WithStatic(ABC):
    @staticmethod
    @abstractmethod
    def s():
        pass
    @classmethod
    @abstractmethod
    def c(cls):
        pass
print(sorted(WithStatic.__abstractmethods__))
