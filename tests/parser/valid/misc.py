import a.b.c as d, e
from . import x
from .. import (y as z, w,)
from ...pkg.mod import *
from .mod import a
global g1, g2
assert x, "msg"
raise E from e
raise
try:
    pass
except (A, B) as e:
    pass
except C:
    pass
else:
    pass
finally:
    pass
with a as b, c as (d, e), f:
    pass
with (a as b, c):
    pass
with (a, b):
    pass
while x:
    break
else:
    continue
if (n := 10) > 5: pass
print(*a, **b, sep="")
x = yield from y
x = 1_000_000 + 0x_ff + 0o17 + 0b1010 + 1e-3 + 1. + .5 + 1_000.5 + 3j + 1.5J + 0 + 00 + 1E5
x = 123456789012345678901234567890
x = ... 
x = not not x
x = a.b.c.d
x = f(x)(y)[z]
x = (a for b in c for d in e if f)
class A: pass
class B(): pass
