class Base:
    LIMIT = 10
    names = ("a", "b")
    def helper(x): return x * 2
    @classmethod
    def make(cls): return cls.__name__ + str(cls.LIMIT)
    @staticmethod
    def st(v): return v + 1
    @property
    def p(self): return 5
class Sub(Base):
    LIMIT = 20
def read(c): return c.LIMIT, c.names, c.helper(3), c.make(), c.st(1), type(c.p).__name__
print(read(Base), read(Sub))
Base.LIMIT = 11
print(read(Base), read(Sub))
del Sub.LIMIT
print(read(Sub))
Sub.helper = lambda x: x * 3
print(read(Sub), Base.__name__, Sub.__mro__[1].__name__, int.from_bytes(b"\x01\x00", "little"), str.upper("a"))
class Meta(type):
    LIMIT = 99
class M(metaclass=Meta): pass
print(M.LIMIT)
print(Base.mro()[0].__name__)
