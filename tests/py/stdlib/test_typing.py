# typing: names exist, subscript and print as in CPython
import typing as t
from typing import (List, Dict, Optional, Any, Tuple, Callable, Union, Set, Iterable, Iterator,
                    Sequence, Mapping, TypeVar, Generic, NamedTuple, TypedDict, Protocol, cast,
                    overload, Literal, ClassVar, Final, NewType, get_type_hints)

T = t.TypeVar('T'); KT = t.TypeVar('KT', bound=int); C = t.TypeVar('C', covariant=True)
print(t.List, t.List[int], t.Dict[str, t.List[int]], t.Optional[int], t.Union[int, str], t.Union[int, None, str], t.Tuple[int, ...], t.Tuple[()], t.Tuple[int, str])
print(t.Callable[[int, str], bool], t.Callable[..., int], t.Any, t.Literal['a', 1], t.Set[T], T, KT, C, t.Type[int], t.Iterable[int], t.Sequence, t.ClassVar[int], t.Final[int])
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), t.get_origin(t.Optional[int]), t.get_args(t.Optional[int]), t.Union[int], t.Union[int, int])
print(t.Optional[t.Union[int, str]], repr(t.NoReturn), t.Counter[str], t.DefaultDict[str, int], t.Deque[int], t.Mapping[str, int], t.Iterator[int], t.Generator[int, None, None])
print(t.Annotated[int, 'meta'], t.Protocol, t.Generic, t.AnyStr, t.Text, t.Hashable, t.Sized, t.Awaitable[int], t.FrozenSet[int], t.Type, t.Callable)
print(t.Optional[int] == t.Union[int, None], t.List[int] == t.List[int], t.Union[int, str] == t.Union[str, int], t.get_args(t.Callable[[int], str]))
UserId = t.NewType('UserId', int)
print(UserId, UserId(5), t.cast(int, 'x'), t.TYPE_CHECKING)

class P(t.NamedTuple):
    x: int
    y: str = 'a'
    def double(self):
        return self.x * 2
print(P(1), P(2, 'b').double(), P._fields, P._field_defaults, P.__annotations__, isinstance(P(1), tuple))
Q = t.NamedTuple('Q', [('a', int), ('b', float)])
print(Q(1, 2.0), Q._fields)

class Movie(t.TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__))

class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(3)
print(type(s).__name__, s.pop(), Stack.__mro__[-1])

def greet(name: str, times: Optional[int] = None) -> List[str]:
    return [name] * (times or 1)
print(greet('hi', 2))
x: Dict[str, Tuple[int, ...]] = {'a': (1, 2)}
print(x)

class Shape(Protocol):
    def area(self) -> float: ...
class Square:
    def __init__(self, s):
        self.s = s
    def area(self) -> float:
        return self.s ** 2
def total(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)
print(total([Square(2), Square(3)]))

@t.runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([1], HasLen), isinstance(5, HasLen))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), f('s'))
print(isinstance([], t.List), isinstance({}, t.Dict), isinstance(3, t.Union[int, str]))
try:
    isinstance(3, t.List[int])
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(3, t.Any)
except TypeError as e:
    print('TypeError', e)
print(t.Set[int].__origin__, t.Deque[int]().__class__, t.Dict.__name__ if hasattr(t.Dict, '__name__') else '')
class Cfg:
    debug: bool = False
    level: 'int' = 3
print(get_type_hints(Cfg))
try:
    t.List[int]()
except TypeError as e:
    print('TypeError', e)
