# contextlib, io, textwrap
import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import io
import sys
import textwrap


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print('--- contextmanager')
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('h1') as t:
    print('inside', t)
try:
    with tag('p'):
        raise KeyError('boom')
except KeyError as e:
    print('propagated', repr(e))
@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print('swallowed')
with swallow():
    1 / 0
print('after swallow')
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@tag('deco')
def decorated(x):
    print('running', x)
    return x * 2
print(decorated(21))
print(tag.__name__, tag('x').__class__.__name__)

print('--- suppress/closing/nullcontext')
with suppress(KeyError, IndexError):
    {}['x']
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print('IndexError passed through')
class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)

print('--- ExitStack')
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *exc):
        print('exit', self.n, exc[0].__name__ if exc[0] else None)
        return False
with ExitStack() as stack:
    vals = [stack.enter_context(CM(i)) for i in range(3)]
    stack.callback(print, 'callback', 'arg')
    print(vals)
try:
    with ExitStack() as stack:
        stack.enter_context(CM('a'))
        stack.push(lambda *e: print('push cb', e[0].__name__) or True)
        raise ValueError('x')
    print('suppressed by push')
except ValueError:
    print('not suppressed')
with ExitStack() as stack:
    stack.enter_context(CM('moved'))
    other = stack.pop_all()
print('after pop_all')
other.close()
try:
    ExitStack().enter_context(5)
except TypeError as e:
    print('TypeError', e)

print('--- io.StringIO')
s = io.StringIO()
print(s.write('hello\n'), s.write('world\n'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), repr(s.readline()))
s = io.StringIO('line1\nline2\nline3')
print(list(s), s.tell())
s.seek(0)
print(s.readlines(), s.read(2))
s.seek(2)
print(repr(s.read(3)), s.tell())
s = io.StringIO('abcdef')
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell(), repr(s.read()))
s.truncate(3)
print(repr(s.getvalue()))
s.seek(6)
s.write('Z')
print(repr(s.getvalue()))
buf = io.StringIO()
print('to buffer', 42, sep='-', file=buf)
print('second', end='', file=buf)
print(repr(buf.getvalue()))
with redirect_stdout(io.StringIO()) as f:
    sys.stdout.write('captured\n')
print(repr(f.getvalue()))
s.close()
print(s.closed)
show(s.write, 'x')
show(io.StringIO().write, 5)
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
n = io.StringIO('a\r\nb\rc\n', newline=None)
print(repr(n.getvalue()), n.readlines())
b = io.BytesIO(b'abc\ndef')
print(b.readline(), b.read(), b.getvalue(), b.tell())
b.seek(0)
b.write(b'XY')
print(b.getvalue())

print('--- textwrap')
text = ('The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. '
        'How vexingly quick daft zebras jump! A well-known, state-of-the-art self-explanatory '
        'example -- with em-dashes--and hyphens.')
for w in (10, 20, 33, 50):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10, break_long_words=False))
print(textwrap.wrap('a\tb\tc  d\n e', 6), textwrap.wrap('', 10), textwrap.wrap('   ', 10))
print(textwrap.wrap('Hello there.  How are you? Fine.', 15, fix_sentence_endings=True))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11),
      textwrap.shorten('Hello world', width=10, placeholder='...'), textwrap.shorten(text, 40))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder=' ~'))
print(repr(textwrap.dedent('''\
    def f():
        return 1

    x = 2
''')))
print(repr(textwrap.dedent('  a\n\t b\n')), repr(textwrap.dedent('   \n  x\n    y\n  ')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n  \nb', '+', lambda line: True)))
show(textwrap.wrap, 'abc', 0)
w = textwrap.TextWrapper(width=15, break_on_hyphens=False)
print(w.wrap('a-very-long-hyphenated-word here'), textwrap.wrap('a-very-long-hyphenated-word here', 15))
