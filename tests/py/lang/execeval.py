# exec, eval and compile: namespaces, code objects, SyntaxError attributes, locals().
import sys

print(eval("1+2"), eval("  3 + 4"), eval(b"2*21"))
g = {'x': 5}
exec("y = x * 2", g)
print(g['y'], type(g['__builtins__']).__name__)
print(exec("z = 1"))
print(z)

g = {}
exec("""
def sq(x):
    return x * x
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P({self.v})"
r = [sq(i) for i in range(4)]
""", g)
print(g['r'], g['P'](3), sorted(k for k in g if k != '__builtins__'))
l = {}
exec("a = 1\nb = a + 1", g, l)
print(l, 'a' in g)
print(eval("a + b", {'a': 1}, {'b': 2}))
print(eval("[i*i for i in range(5)]"))


def f():
    x = 10
    exec("y = x + 1")
    print(eval("x * 2"), 'y' in locals(), locals()['y'])


f()
c = compile("for i in range(3): print(i, end=' ')", "<string>", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
exec(c)
print()
print(eval(compile("40 + 2", "myfile", "eval")))
exec("print('hi from exec')")
d = {}
exec("def h(): return zz", d)
d['zz'] = 99
print(d['h']())
x = 5
exec("x = 7")
print(x)
ns = {'__builtins__': {'len': len}}
print(eval("len([1, 2])", ns))
try:
    eval("print(1)", ns)
except NameError as e:
    print("NameError:", e)

# errors
try:
    exec("1/0")
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ZeroDivisionError at", tb.tb_frame.f_code.co_filename, tb.tb_lineno)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
for bad in [5, None]:
    try:
        eval(bad)
    except TypeError as e:
        print(e)
try:
    exec("x = 1", [])
except TypeError as e:
    print(e)
try:
    compile("x", "f", "bad")
except ValueError as e:
    print(e)
for src, mode in [("1 +", "exec"), ("def f(:\n  pass", "exec"), ("if x:\npass", "exec"),
                  ("  1", "eval"), ("1\n2", "eval"), ("x = (", "exec")]:
    try:
        compile(src, "<string>", mode)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, str(e))
e = SyntaxError("invalid syntax", ("<string>", 1, 4, "1 +\n", 1, 4))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e), repr(e), e.args)
print(SyntaxError("plain").lineno, str(SyntaxError("plain")), str(SyntaxError("m", ("/a/b/file.py", 3, 1, "t", 3, 2))))
