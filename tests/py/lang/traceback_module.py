# the traceback module: format_exc/print_exc/format_exception chunks, format_tb/extract_tb, stacks
import traceback, sys
def inner(x):
    return 10 / x
def outer():
    return inner(0)
try:
    outer()
except ZeroDivisionError:
    print(traceback.format_exc(), end='')
    traceback.print_exc(file=sys.stdout)
    e = sys.exc_info()[1]
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    print(''.join(traceback.format_exception(e)), end='')
    print(len(traceback.format_exception(type(e), e, e.__traceback__)))
print(repr(traceback.format_exc()))
try:
    try:
        {}['k']
    except KeyError as k:
        raise ValueError('bad') from k
except ValueError as v:
    traceback.print_exception(v, file=sys.stdout)
    print(traceback.format_exception(v, chain=False)[-1], end='')
class MyErr(Exception): pass
try:
    raise MyErr('custom message')
except MyErr:
    traceback.print_exc(file=sys.stdout)
try:
    [1, 2][5]
except IndexError as ie:
    lines = traceback.format_exception(ie)
    print(lines[0], lines[-1], end='')
traceback.print_exc()
print('done')
import traceback, sys
def f(): raise ValueError('v')
try:
    try:
        f()
    except ValueError:
        x = [1][3]
except IndexError as e:
    for chunk in traceback.format_exception(e): print(repr(chunk))
def g():
    try: 1/0
    except ZeroDivisionError as z: raise RuntimeError('r') from z
try: g()
except RuntimeError as e:
    for chunk in traceback.format_exception(e): print(repr(chunk))
try:
    exec('1 +')
except SyntaxError as e:
    for chunk in traceback.format_exception(e): print(repr(chunk))
try: raise TypeError
except TypeError as e: print(traceback.format_exception_only(e), traceback.format_exc().splitlines()[-1])
import traceback, sys
def a(): return b()
def b(): return 1 / 0
try: a()
except ZeroDivisionError as e:
    tb = e.__traceback__
    for entry in traceback.format_tb(tb): print(repr(entry))
    st = traceback.extract_tb(tb)
    print(len(st), [(f.name, f.lineno, f.line) for f in st], st[0].filename.endswith('t_tb3.py'))
    for fs in st:
        fn, ln, name, line = fs
        print(name, ln, line)
    traceback.print_tb(tb, file=sys.stdout)
    print(traceback.format_list([('f.py', 3, 'fn', 'x = 1')]))
    print(traceback.format_tb(tb, limit=1))
def show_stack():
    for fs in traceback.extract_stack():
        print(fs.name, fs.lineno, fs.line)
    traceback.print_stack(file=sys.stdout)
    print(''.join(traceback.format_stack()), end='')
def caller(): show_stack()
caller()
for frame, lineno in traceback.walk_tb(sys.exc_info()[2]): print(frame, lineno)
