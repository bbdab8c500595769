# sys._getframe, sys's struct sequences, print() and input() through replaced sys.stdout/stdin.
import sys
import io


def f():
    fr = sys._getframe(0)
    print(fr.f_code.co_name, sys._getframe(0).f_lineno, fr.f_back.f_code.co_name, sorted(fr.f_locals), fr.f_globals is globals())
    g = sys._getframe(1)
    print(g.f_code.co_name, g.f_lineno, g.f_back.f_code.co_name, g.f_back.f_back)
    x = 1
    print(sorted(fr.f_locals))
    return fr


def h():
    return f()


fr = h()
print(fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals))
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)


def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe(1).f_code.co_name


def user():
    return list(gen())


print(user())


def caller_name():
    return sys._getframe(1).f_code.co_name


def some_func():
    return caller_name()


print(some_func(), list(map(lambda x: caller_name(), [1])))

# struct sequences and constants
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[2], len(sys.float_info))
print(sys.maxunicode, sys.byteorder)
print(sys.hash_info)
print(sys.hash_info.modulus, sys.int_info, sys.version_info >= (3, 8), sys.version_info.major, sys.version_info[:2])
print(type(sys.float_info), type(sys.version_info).__name__, isinstance(sys.float_info, tuple))
print(sys.implementation.name in ('cpython', 'pyvm'), sys.implementation.version == sys.version_info, sys.flags.optimize)
print(sys.stdin.name, sys.stdin.encoding, sys.stdout.name, sys.stdin)

# print() follows sys.stdout
print("a")
old = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, 2)
s = sys.stdout.getvalue()
sys.stdout = sys.__stdout__
print("got", repr(s))


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


w = W()
print("x", "y", sep="-", file=w)
print(w.parts)
sys.stdout = w
print("z")
print("q", end="")
sys.stdout = old
print(w.parts)
sys.stdout.write("direct\n")
from contextlib import redirect_stdout
buf = io.StringIO()
with redirect_stdout(buf):
    print("inside")
print(repr(buf.getvalue()))
sys.stdout = None
print("dropped")
sys.stdout = old


class F:
    def __init__(self):
        self.n = 0

    def write(self, s):
        pass

    def flush(self):
        self.n += 1


fl = F()
print("x", file=fl, flush=True)
print(fl.n)

# input() reads sys.stdin and prompts on sys.stdout
sys.stdin = io.StringIO("first line\nsecond\n")
print(repr(input()), repr(input("prompt> ")))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
sys.stdin = sys.__stdin__
print("end")
