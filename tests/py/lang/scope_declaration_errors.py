# global/nonlocal declaration errors as CPython 3.11's symtable words and places them: an
# augmented assignment binds (it is not a use), and 'nonlocal and global' is reported at the name's
# first declaration.
srcs = ["nonlocal x", "def f():\n  nonlocal x", "def f(x):\n  def g(x):\n    nonlocal x", "def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x",
"def f():\n  print(x)\n  global x", "def f():\n  x = 1\n  global x", "def f(a):\n  global a", "def f():\n  global x\n  nonlocal x", "class C:\n  nonlocal x",
"def f():\n  x = 1\n  class C:\n    nonlocal x\n    x = 2\n  return C", "def f():\n  def g():\n    nonlocal y\n  y = 1", "def f():\n  x = 1\n  def g():\n    print(x)\n    nonlocal x",
"def f():\n  global x\n  x = 1\n  global x", "def f():\n  [x for x in range(3)]\n  nonlocal x", "x = 1\ndef f():\n  x += 1\n  global x"]
for s in srcs:
    try: compile(s, '<s>', 'exec'); print(repr(s), 'OK')
    except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset)
def f():
    x = 1
    class C:
        nonlocal x
        x = 2
    return x
print(f())
def f():
    x += 1
try: f()
except UnboundLocalError as e: print(e)
count = 0
def g():
    global count
    count += 1
g(); g(); print(count)
def h():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
i = h(); i(); print(i())
class C:
    v = 1
    v += 1
print(C.v)
def k():
    y = 1
    class D:
        y += 1
    return D.y
try: print(k())
except NameError as e: print(type(e).__name__, e)
l = [1]
def m():
    l += [2]
try: m()
except UnboundLocalError as e: print(e)
def outer():
    z = 5
    def inner():
        z += 1
    try: inner()
    except UnboundLocalError as e: print(e)
outer()
