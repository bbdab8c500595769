from typing import Protocol, runtime_checkable
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class Impl(Closer):
    def close(self): return 'closed'
class WithInit(Closer):
    def __init__(self, v): self.v = v
    def close(self): return self.v
class Plain:
    def close(self): pass
for thunk in (lambda: Closer(), lambda: Impl().close(), lambda: WithInit(5).close(), lambda: Impl(1),
              lambda: isinstance(Plain(), Closer), lambda: isinstance(1, Closer)):
    try: print(thunk())
    except TypeError as e: print('TypeError:', e)
class Base:
    def __init__(self, a): self.a = a
class Both(Closer, Base):
    def close(self): return self.a
print(Both(3).close())
from typing import Generic, TypeVar
T = TypeVar('T')
class Box(Generic[T]):
    pass
print(type(Box()).__name__, type(Box[int]()).__name__)
try: Box(1)
except TypeError as e: print('TypeError:', e)
print('__new__' in Generic.__dict__)
