@dec
@dec.attr(1, x=2)
@(lambda f: f)
def f(): pass

@dataclass
class C(Base, metaclass=Meta, **kw):
    x: int = 0
    def m(self): return self.x
