import sys
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self): return f"E{self.code}: {self.args[1]}"
class R(Exception):
    def __repr__(self): return "R!"
print(str(E(1, "x")), repr(E(1, "x")), repr(R()), str(R("a")))
print("after del", flush=True)
try:
    assert 1 == 2, "math broke"
except AssertionError as e: print(e, e.args)
try:
    assert False
except AssertionError as e: print(repr(e))
def f():
    try:
        1/0
    except ZeroDivisionError as e:
        raise KeyError('k') from e
try: f()
except KeyError as e: print(repr(e.__cause__), e.__suppress_context__)
e = Exception("a", "b"); print(e, repr(e), e.args)
print(repr(ValueError()), str(ValueError()), repr(KeyError("x")), str(KeyError("x")), str(KeyError()))
e = BaseException(); e.add_note("hello") if hasattr(e, 'add_note') else None; print(getattr(e, '__notes__', None))
print(repr(StopIteration(5).value), SystemExit(3).code, SystemExit().code, SystemExit(1,2).code)
try:
    raise TypeError("bad") from None
except TypeError as e: print(e.__cause__, e.__suppress_context__, e.__context__)
x = ImportError("m", name="mod"); print(x.name, x.msg, x.path)
print(AttributeError("a", name="n", obj=1).name)
print(NameError("n", name="q").name)
try: ValueError(x=1)
except TypeError as e: print(e)
try: ImportError(x=1)
except TypeError as e: print(e)
class MyE(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
print(MyE(1, b=3).b, MyE(1, b=3).args)
class E2(ValueError): pass
try: E2(q=1)
except TypeError as e: print(e)
e = ImportError("x", path="/p"); print(e.path, e.name)
