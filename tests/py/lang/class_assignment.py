class O1:
    def hi(self): return "O1"
class O2:
    def hi(self): return "O2"
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
o = O1(); o.x = 1
o.__class__ = O2; print(type(o).__name__, o.hi(), o.__dict__, isinstance(o, O2))
for bad in [int, 5, S1]:
    try: o.__class__ = bad
    except TypeError as e: print(e)
try: S1().__class__ = S2
except TypeError as e: print(e)
try: (5).__class__ = bool
except TypeError as e: print(e)
try: del o.__class__
except TypeError as e: print(e)
class E1(Exception): pass
class E2(Exception): pass
e = E1(); e.__class__ = E2; print(repr(e))
import sys
print(sys.getrefcount(O1) == sys.getrefcount(O1))
