# the traceback module prints what the interpreter prints for an uncaught exception
import traceback, sys
def parse(s):
    return int(s)
def load(items):
    return [parse(x) for x in items]
try:
    load(['1', 'x'])
except ValueError:
    sys.stderr.write(traceback.format_exc())
    print(repr(traceback.format_exc().splitlines()[-1]))
try:
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    print(len(traceback.format_exception(e)), traceback.format_exception_only(type(e), e))
    traceback.print_exception(e, chain=False)
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.lineno, fs.name, fs.line)
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, len(te.stack), te.__cause__ is not None)
    te.print()
def f():
    for fs in traceback.extract_stack():
        print(fs.name, fs.lineno, fs.line)
    traceback.print_stack()
f()
print(traceback.format_exc())
def rec(n):
    if n == 0:
        raise ValueError('bottom')
    rec(n - 1)
try:
    rec(10)
except ValueError:
    traceback.print_exc()
    traceback.print_exc(limit=2)
    traceback.print_exc(limit=-2)
    print(traceback.format_exc(limit=0))
print(traceback.format_exception(ValueError('never raised')))
fs = traceback.FrameSummary('f.py', 3, 'fn', line='x = 1')
print(fs, fs.line, list(fs), fs == ('f.py', 3, 'fn', 'x = 1'))
print(traceback.format_list([('a.py', 1, 'm', 'pass'), fs]))
load(['2', None])
