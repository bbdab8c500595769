class U:
    __slots__ = ('single', '__weakref__')
d = U.__dict__['single']
print(d.__name__, d.__qualname__, d.__objclass__, d.__doc__, repr(d))
class Outer:
    class In:
        __slots__ = ('z',)
print(Outer.In.z.__qualname__)
class P: pass
g = P.__dict__['__dict__']
print(g.__name__, g.__qualname__, g.__objclass__, repr(g), g.__doc__)
w = U.__dict__['__weakref__']
print(w.__name__, w.__qualname__, w.__objclass__, w.__doc__)
try: d.nope
except AttributeError as e: print(e)
