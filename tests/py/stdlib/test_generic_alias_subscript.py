def show(fn):
    try: print(repr(fn()))
    except Exception as e: print(f'{type(e).__name__}: {e}')
class ML(list): pass
show(lambda: ML[int])
show(lambda: type(ML[int]))
show(lambda: ML[int]([1, 2]))
show(lambda: ML[int].__origin__)
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
class H(G): pass
show(lambda: H[int])
show(lambda: G[int, str])
class NoGI: pass
show(lambda: NoGI[int])
show(lambda: list[int] == list[int])
show(lambda: list[int][str])
show(lambda: dict[str, int].__args__)
show(lambda: isinstance([], list[int]))
show(lambda: issubclass(list, list[int]))
show(lambda: tuple[int, ...])
show(lambda: type[int])
show(lambda: list[int] | None)
from typing import TypeVar, Generic, List
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
show(lambda: Box[int])
show(lambda: Box[int](3).v)
show(lambda: Box[int, str])
show(lambda: Box.__class_getitem__)
show(lambda: List[int])
show(lambda: List[int][str])
class Sub(Box[int]): pass
show(lambda: (Sub.__orig_bases__, Sub.__mro__))
from typing import Dict, Generic, Protocol
S = TypeVar('S')
show(lambda: Dict[str, T][int])
show(lambda: Dict[str, T][int, str])
show(lambda: Dict[S, T][int])
show(lambda: Generic[T][int])
show(lambda: Box[T][int])
show(lambda: Box[int][str])
