import math, sys
def f():
    s = 0.0
    for i in range(5):
        s += math.sqrt(i) + math.pi
    return s
print(f())
math.pi = 3
print(f())
del math.pi
try:
    f()
except AttributeError as e:
    print(e)
print(sys.__dict__ is vars(sys), math.__name__, type(math.__dict__))
import types
m = types.ModuleType("m")
m.__getattr__ = lambda n: "dyn-" + n
print(m.foo, m.__name__)
