# Methods of builtin types have a __qualname__ (type.method), unbound or bound.
import math
print(str.upper.__qualname__, list.append.__qualname__, dict.get.__qualname__, int.__add__.__qualname__)
print([].append.__qualname__, 'x'.join.__qualname__, len.__qualname__, math.sqrt.__qualname__)
print(str.__dict__['split'].__qualname__, str.upper.__name__, str.upper.__objclass__)
