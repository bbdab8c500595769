class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def describe(self):
        return f'{type(self).__name__}({self.name})'
    def __repr__(self):
        return f'<{self.describe()}>'
    def __eq__(self, other):
        return isinstance(other, Base) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
class Child(Base):
    def describe(self):
        return 'child ' + super().describe()
class Left(Base): pass
class Right(Base):
    def describe(self): return 'right'
class Diamond(Left, Right): pass
print(Base('a'), Child('b'), Diamond('d'))
print([c.__name__ for c in Diamond.__mro__])
print(Base.count, Base('x') == Base('x'), len({Base('x'), Base('x'), Base('y')}))
class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        if value < 0:
            raise ValueError('negative')
        self._v = value
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls): return cls.__name__
p = P()
p.v = 5
print(p.v, P.s(4), P.c(), p.c())
try:
    p.v = -1
except ValueError as e:
    print('error:', e)
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x, -self.y)
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __repr__(self): return f'V({self.x}, {self.y})'
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): return iter((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __call__(self, z): return self.x + self.y + z
print(V(1, 2) + V(3, 4), V(1, 2) * 3, 2 * V(1, 1), -V(1, 2), V(1, 2) < V(2, 0))
print(len(V(1, 2)), V(5, 6)[1], list(V(7, 8)), bool(V(0, 0)), V(1, 2)(3))
print(sorted([V(3, 1), V(1, 2), V(2, 2)]))
a, b = V(9, 8)
print(a, b)
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = Slots()
print(s.a, hasattr(s, 'b'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError:', e)
print(type(s).__name__, type(type(s)).__name__, isinstance(s, object), issubclass(Child, Base))
T = type('T', (Base,), {'extra': 42})
print(T('t').extra, T.__bases__[0].__name__)
class Meta(type): pass
