# PEP 585 generic aliases (list[int]) and PEP 604 unions (int | None).
import types
print(list[int], dict[str, int], tuple[int, ...])
a = list[int]
print(a.__origin__, a.__args__, a([1,2]))
print(int | None, int | str)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(3.0, int|str))
print(type(int|None), type(list[int]))
print(list[int].__name__, list[int].__parameters__, dict[str,int].__args__, tuple[()], tuple[int,...], list[list[int]], list['X'], list[None])
print(int|str|int, (int|None).__args__, int|None == None|int, hash(int|str)==hash(str|int), repr(int|list[int]), str|None|int)
print(type(int|str) is types.UnionType, isinstance(int|str, types.UnionType), types.GenericAlias)
try: isinstance([], list[int])
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
print(list[int] == list[int], list[int] == list, list[int]([1]), dict[str,int](a=1))
class A(list[int]): pass
print(A.__mro__, A.__orig_bases__)
print(issubclass(bool, int|str), isinstance(None, int|None))
import typing
T = typing.TypeVar('T')
print(list[T], list[T].__parameters__, list[T][int], dict[str, T][int])
print(type[int], list[int].__class__, type(list[int]).__name__, type(list[int]).__module__)
print(repr(list[int].__origin__), list[int] | None, None | list[int])
print(set[str], frozenset[int], enumerate[str])
def f(x: list[int] | None = None) -> dict[str, int | float]: pass
print(f.__annotations__)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])
class B: pass
print(B | None, int | B, list[B])
try: B[int]
except TypeError as e: print(e)
try: list[int][str]
except TypeError as e: print(e)
print({list[int]: 1}[list[int]])
print(list[int].append, int | str | None | str)
from collections.abc import Mapping, Sequence, Iterable, Callable, KeysView
print(Mapping[str, int], Sequence[int], Iterable[str], Callable[[int], str], KeysView[str])


def h(m: Mapping[str, int]) -> Sequence[int]:
    pass


print(h.__annotations__)
print(typing.List[int], typing.Optional[int], typing.Dict[str, typing.Any], typing.Union[int, str])
print(int | typing.List[int])
