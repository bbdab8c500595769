f = lambda x, y=1, *args, z, w=2, **kw: x
g = lambda *, a: a
h = lambda a, /, b: a
i = lambda: 0
def d(a, b=2, /, c=3, *d, e, f=4, **g) -> int: pass
def e(*, a=1, b): pass
def k(a: int, *args: str, **kw: "x"): pass
def m(a, /): pass
