# the C names of the io types: tp_name '_io.TextIOWrapper' in messages, __qualname__ without module
import io, sys, weakref
print(type(sys.stdout), type(sys.stderr).__name__, type(sys.stdout).__module__, type(sys.stdout).__qualname__)
print(type(io.StringIO()), type(io.BytesIO()), io.StringIO.__module__, io.BytesIO.__qualname__)
print(weakref.ref, weakref.ref.__qualname__, weakref.ref.__module__, weakref.ProxyType)
for a, b in [(sys.stdout, 1), (io.StringIO(), 1), (1, io.BytesIO())]:
    try:
        a + b
    except TypeError as e:
        print(e)
try:
    x = 5
    x >>= print
except TypeError as e:
    print(e)
try:
    print >> 5
except TypeError as e:
    print(e)
