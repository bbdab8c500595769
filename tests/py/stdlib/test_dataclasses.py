# dataclasses
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, make_dataclass
from typing import ClassVar, List


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1, 2)
print(p, Point(3), Point(x=5, tags=['a']), p == Point(1, 2), p == Point(1, 3), p != Point(1, 2))
print(Point.__doc__, Point.__match_args__, Point.__hash__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(Point)[0].default is dataclasses.MISSING, fields(Point)[1].default)
print(asdict(p), astuple(p), replace(p, y=10), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
show(Point)
show(Point, 1, 2, [], 4)
show(Point, 1, q=2)
show(Point, 1, x=2)
a, b = Point(0), Point(0)
a.tags.append(1)
print(a.tags, b.tags, a.tags is b.tags)
print(Point.y, hasattr(Point, 'tags'), 'x' in Point.__dict__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)

v1, v2 = Version(1, 2), Version(1, 10, 'beta')
print(v1 < v2, v1 >= v2, sorted([Version(2), Version(1, 5), Version(1, 2)]), v1 == Version(1, 2, 'x'))
print(hash(v1) == hash(Version(1, 2, 'z')), hash(v1) != hash(Version(2, 1)), {v1: 'ok'}[Version(1, 2)])
try:
    v1.major = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del v1.minor
except AttributeError as e:
    print(type(e).__name__, e)
show(lambda: Version(1) < 5)

@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity_on_hand: int = 0
    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand
item = Inventory('widget', 3.0, 10)
print(item, item.total_cost())

@dataclass
class Base:
    a: int
    b: str = 'b'
@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 7
print(Derived(), Derived(1, 'x', 2.5), [f.name for f in fields(Derived)])

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithPost(3), WithPost(3, 4), [f.name for f in fields(WithPost)])

@dataclass
class WithClassVar:
    x: int
    count: ClassVar[int] = 0
    items: List[int] = field(default_factory=lambda: [1, 2])
print(WithClassVar(1), [f.name for f in fields(WithClassVar)], WithClassVar.count)

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class Hashy:
    v: int
    w: list = field(default_factory=list, hash=False)
print(hash(Hashy(3)) == hash(Hashy(3, [1])))

@dataclass(repr=False)
class NoRepr:
    v: int
print(repr(NoRepr(1)).startswith('<'))

@dataclass
class KW:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 2
    c: int = field(default=3, kw_only=True)
print(KW(1), KW(1, b=5, c=6))
show(KW, 1, 2)

@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 0
print(AllKW(x=1))
show(AllKW, 1)
show(AllKW)

try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass(order=True)
    class Bad3:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass(order=True, eq=False)
    class Bad4:
        a: int
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass
    class Bad5(Version):
        z: int = 0
except TypeError as e:
    print('TypeError', e)

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(asdict(tree))
print(astuple(tree))
print(fields(tree)[1].default_factory is list)
show(fields, 5)
show(asdict, Point)
show(replace, p, z=1)

C = make_dataclass('C', [('x', int), ('y', int, field(default=5))], namespace={'add': lambda self: self.x + self.y})
c = C(1)
print(c, c.add())

@dataclass
class Rec:
    name: str
    other: 'Rec' = None
r = Rec('a')
r.other = r
print(r)
print(dataclasses.MISSING is not None, repr(field(default=1)).startswith('Field(name=None,type=None,default=1'))
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
