# Generators resumed by `for` and `yield from` run in the resuming frame's loop (FOR_ITER/SEND):
# PEP 479, finally on break, send/yield-from values, recursion limit, gi_running, f_back, __context__.
import sys, gc
def g1():
    yield 1
    raise StopIteration("x")
try:
    for v in g1(): print(v)
except RuntimeError as e:
    print("RT", e, repr(e.__cause__), e.__suppress_context__)

def g2():
    try:
        yield 1
        yield 2
    finally:
        print("g2 finally")
for v in g2():
    print("v", v)
    if v == 1: break
print("after break")

def g3():
    x = yield 1
    print("got", x)
    return 42
def d():
    r = yield from g3()
    print("r", r)
    r2 = yield from [7, 8]
    print("r2", r2)
for v in d(): print("d", v)
gen = d()
print(next(gen)); print(gen.send("hello"))
print(list(gen))

def rec(n):
    if n: yield from rec(n - 1)
    yield n
print(sum(rec(50)))

def deep(n):
    for x in (deep(n - 1) if n else [0]):
        yield x
try:
    for x in deep(2000): pass
except RecursionError as e:
    print("RecursionError", e)

def bad():
    yield 1
    1/0
try:
    for x in bad(): print(x)
except ZeroDivisionError as e:
    tb = e.__traceback__
    n = 0
    while tb: n += 1; tb = tb.tb_next
    print("ZDE frames", n)

def self_ref():
    yield 1
    for x in me: pass
me = self_ref()
try:
    for x in me: print("s", x)
except ValueError as e:
    print("VE", e)

def running():
    yield g.gi_running
g = running()
for v in g: print("running", v)
print(g.gi_running, g.gi_frame)

def genframe():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
def caller():
    for n in genframe(): print("back", n)
caller()

class R:
    def __del__(self): print("del R")
def holder():
    r = R()
    yield 1
    yield 2
for x in holder():
    print("h", x)
print("end holder")
def exc_in_gen():
    try:
        yield 1
        raise KeyError("k")
    except KeyError:
        yield 2
    yield 3
print(list(exc_in_gen()), [x for x in exc_in_gen()])
try:
    raise ValueError("outer")
except ValueError:
    def ctx():
        yield 1
        raise TypeError("inner")
    try:
        for x in ctx(): pass
    except TypeError as e:
        print("ctx", repr(e.__context__))
