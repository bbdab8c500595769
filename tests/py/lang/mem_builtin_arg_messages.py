# Argument errors of module functions (METH_NOARGS / METH_O name the module), gc.set_threshold,
# sys.getsizeof with keywords / default / a Python __sizeof__, lock timeouts.
import gc
import math
import sys
import threading
import time
import weakref

calls = [
    (gc.enable, (1,)), (gc.isenabled, (1,)), (gc.is_tracked, ()), (gc.get_count, (1,)),
    (time.time, (1,)), (time.sleep, ()), (sys.getrefcount, ()), (sys.intern, ()),
    (sys.getswitchinterval, (1,)), (math.sqrt, ()), (math.floor, ()), (len, ()), (abs, ()),
    (math.log, ()), (math.log, (1, 2, 3)), (math.pow, (1,)), (weakref.getweakrefcount, ()),
    (gc.set_threshold, ()), (gc.set_threshold, (1, 2, 3, 4)), (sys.getsizeof, ()),
]
for f, args in calls:
    try:
        f(*args)
    except TypeError as e:
        print(e)
for f in (gc.enable, time.time, len, math.sqrt, math.log):
    try:
        f(x=1)
    except TypeError as e:
        print(e)


class A:
    def __sizeof__(self):
        return 100


class S:
    __slots__ = ()

    def __sizeof__(self):
        return 10


class I(int):
    def __sizeof__(self):
        return 5


class Neg:
    def __sizeof__(self):
        return -1


class Str:
    def __sizeof__(self):
        return 'x'


class Fails:
    def __sizeof__(self):
        raise TypeError('nope')


print(sys.getsizeof(A()), sys.getsizeof(S()), sys.getsizeof(I(3)), sys.getsizeof(len))
for o in (Neg(), Str(), Fails()):
    try:
        print(sys.getsizeof(o))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sys.getsizeof(Fails(), 42), sys.getsizeof(object=1), sys.getsizeof(1, default=3))

for t in (-2, -0.5, float('nan'), 1e30, 'x', 0, 0.0):
    try:
        print(threading.Lock().acquire(timeout=t))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    threading.RLock().acquire(timeout=-2)
except ValueError as e:
    print(e)
