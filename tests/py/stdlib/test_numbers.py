import numbers
from fractions import Fraction
for v in [1, True, 1.5, 1j, Fraction(1, 3), 'x', None, [1]]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print(e)
print(sorted(numbers.Integral.__abstractmethods__))
print(numbers.Number.__hash__, numbers.Real.__mro__)
class R(numbers.Real):
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v)
    def __ceil__(self): return int(self.v)+1
    def __round__(self, n=None): return round(self.v, n)
    def __floordiv__(self, o): return self.v // o
    def __rfloordiv__(self, o): return o // self.v
    def __mod__(self, o): return self.v % o
    def __rmod__(self, o): return o % self.v
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o
    def __add__(self, o): return R(self.v + o)
    def __radd__(self, o): return R(o + self.v)
    def __neg__(self): return R(-self.v)
    def __pos__(self): return R(self.v)
    def __mul__(self, o): return R(self.v * o)
    def __rmul__(self, o): return R(o * self.v)
    def __truediv__(self, o): return R(self.v / o)
    def __rtruediv__(self, o): return R(o / self.v)
    def __pow__(self, o): return R(self.v ** o)
    def __rpow__(self, o): return R(o ** self.v)
    def __abs__(self): return R(abs(self.v))
    def __eq__(self, o): return self.v == o
    def __repr__(self): return f'R({self.v})'
r = R(7)
print(divmod(r, 2), complex(r), r.real, r.imag, r.conjugate(), r - 2, 10 - r, bool(r), bool(R(0)))
