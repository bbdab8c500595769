import traceback, sys
import traceback, sys

def inner(x):
    return x[3] + 1

def middle(x):
    y = {'a': 1}
    return inner(x) * 2

def outer():
    return middle([1, 2])

try:
    outer()
except Exception:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s, end='')
    print(repr(s[-30:]))

def chain():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e

try:
    chain()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines))
    print(''.join(lines), end='')
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)), end='')
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs, fs.filename == __file__, fs.lineno, fs.name, repr(fs.line))
    print(traceback.format_tb(e.__traceback__))
    print(traceback.format_tb(e.__traceback__, limit=1))
    print(traceback.format_tb(e.__traceback__, limit=-1))
    traceback.print_tb(e.__traceback__, file=sys.stdout)
    traceback.print_exception(e, file=sys.stdout, limit=1)

def ctx():
    try:
        {}['k']
    except KeyError:
        int('x')
try:
    ctx()
except Exception as e:
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type, len(te.stack))
    print(''.join(te.format()), end='')
    print(list(te.format_exception_only()))

print(traceback.format_exc())
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))

def show():
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack(limit=1))
    st = traceback.extract_stack()
    print([(f.name, f.lineno, f.line) for f in st])
def caller():
    show()
caller()

try:
    raise KeyError('x')
except KeyError as e:
    e.add_note("note one\nline two")
    e.add_note("second")
    print(traceback.format_exc(), end='')

class MyErr(Exception):
    def __str__(self):
        raise RuntimeError
try:
    raise MyErr
except MyErr:
    print(traceback.format_exc(), end='')

try:
    raise Exception()
except Exception:
    print(traceback.format_exc(), end='')

def rec(n):
    if n == 0:
        raise RecursionError("deep")
    rec(n - 1)
try:
    rec(10)
except RecursionError:
    print(traceback.format_exc(), end='')

try:
    compile("x = (1 +", "<s>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
try:
    exec("def f(:\n  pass")
except SyntaxError:
    print(traceback.format_exc(), end='')

try:
    traceback.print_exception(1, 2)
except ValueError as e:
    print(e)
try:
    traceback.print_exception(5)
except TypeError as e:
    print(e)

fs = traceback.FrameSummary('f.py', 3, 'fn', line='  x = 1  ')
print(fs, fs.line, list(fs), fs == ('f.py', 3, 'fn', 'x = 1'), len(fs), fs[2])
print(traceback.format_list([fs, ('g.py', 10, 'gn', 'y()')]))
print(traceback.StackSummary.from_list([('g.py', 10, 'gn', None)]).format())
for f, ln in traceback.walk_tb(sys.exc_info()[2]):
    print(f, ln)
try:
    1/0
except Exception as e:
    print([(f.f_code.co_name, ln) for f, ln in traceback.walk_tb(e.__traceback__)])
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print(traceback.format_exc(), end='')
x = [1, 2, 3]
try:
    x[10]
except IndexError:
    traceback.print_exc(file=sys.stdout)
def long_call(a,
              b):
    return a / b
try:
    long_call(1,
              0)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
try:
    (lambda: 1 + 'a')()
except TypeError:
    traceback.print_exc(file=sys.stdout)
def f(s):
	return s["k"]   
def g():
    return "éé" + f({})  
try:
    g()
except KeyError:
    traceback.print_exc(file=sys.stdout)
sys.tracebacklimit = 1
try:
    g()
except KeyError:
    traceback.print_exc(file=sys.stdout)
sys.tracebacklimit = -1
try:
    g()
except KeyError:
    traceback.print_exc(file=sys.stdout)
del sys.tracebacklimit
import threading
def w():
    try:
        [][0]
    except IndexError:
        traceback.print_exc(file=sys.stdout)
t = threading.Thread(target=w); t.start(); t.join()
def gen():
    yield 1
    traceback.print_stack(file=sys.stdout)
    yield 2
for _ in gen(): pass
try:
    int("z")
except ValueError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(te.stack[0].locals is not None)
    print(te == traceback.TracebackException.from_exception(e))
try:
    g()
except KeyError:
    traceback.print_exc(file=sys.stdout)