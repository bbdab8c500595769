from typing import Generic, TypeVar
def show(fn):
    try: print(repr(fn()))
    except Exception as e: print(f'{type(e).__name__}: {e}')
from typing import NamedTuple, Optional
class P(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None
    def dist(self): return (self.x ** 2 + self.y ** 2) ** 0.5
show(lambda: (P(3, 4), P(3, 4).dist(), P._fields, P._field_defaults, P.__annotations__))
show(lambda: P(1)._replace(y=5))
show(lambda: P(1, 2, 'a', 4))
show(lambda: P())
def bad1():
    class Q(NamedTuple):
        x: int = 1
        y: int
show(bad1)
def bad2():
    class Q(NamedTuple):
        _x: int
show(bad2)
def bad3():
    class A: pass
    class Q(NamedTuple, A):
        x: int
show(bad3)
show(lambda: P(1) == (1, 0, None))
show(lambda: isinstance(P(1), tuple))
show(lambda: P.__bases__)
class Sub(P):
    def extra(self): return self.x * 10
show(lambda: (Sub(2).extra(), Sub(2)))
N = NamedTuple('N', [('a', int), ('b', str)])
show(lambda: N(1, 'b'))
show(lambda: P.x)
show(lambda: P(1).__doc__ if False else P.__doc__)
def setattr_nt(): P(1).x = 3
show(setattr_nt)
show(lambda: P._make([5, 6, 'z']))
show(lambda: P(1)._asdict())
T = TypeVar("T")
class G(NamedTuple, Generic[T]):
    x: T
print(G(1), G[int])
