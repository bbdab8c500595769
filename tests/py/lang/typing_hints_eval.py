# get_type_hints evaluates string annotations; get_origin/get_args know X | Y
import typing
from typing import Generic, TypeVar, List, Optional, get_origin, get_args
T = TypeVar('T')
class Stack(Generic[T]):
    pass
class Node:
    next: 'Optional[Node]'
    items: 'list[int]'
def g(a: 'Stack[int]', b: Optional[int] = None, c: 'dict[str, Node]' = None) -> List[str]:
    pass
print(typing.get_type_hints(g))
print(typing.get_type_hints(Node))
print(get_origin(int | str), get_args(int | str), get_args(int | None))
def bad(x: 'Undefined'):
    pass
try:
    typing.get_type_hints(bad)
except NameError as e:
    print('NameError:', e)
