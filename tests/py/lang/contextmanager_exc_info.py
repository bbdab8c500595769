import sys
from contextlib import contextmanager
@contextmanager
def cm(tag):
    print(tag, 'enter exc_info', sys.exc_info()[0])
    try:
        yield tag
    except ValueError as e:
        print(tag, 'handler exc_info', sys.exc_info()[0].__name__, repr(e))
        raise KeyError(tag) from e
    finally:
        print(tag, 'finally exc_info', sys.exc_info()[0])
try:
    with cm('a'):
        raise ValueError('va')
except KeyError as k:
    print('caught', repr(k), repr(k.__cause__), repr(k.__context__))
try:
    raise IndexError('outer')
except IndexError:
    with cm('b') as t:
        print('in body', sys.exc_info()[0].__name__)
    print('after with', sys.exc_info()[0].__name__)
@contextmanager
def swallow():
    try:
        yield
    except Exception:
        print('swallow sees', sys.exc_info()[0].__name__)
with swallow():
    raise TypeError('t')
print('post', sys.exc_info())
def g():
    with cm('c'):
        yield 1
        yield 2
it = g(); next(it)
try:
    raise OSError('caller')
except OSError:
    next(it)
    print('caller still', sys.exc_info()[0].__name__)
it.close()
