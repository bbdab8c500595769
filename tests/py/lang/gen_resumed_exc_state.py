# sys.exc_info() inside and around generators resumed by for / yield from (their own exception state).
import sys
def g():
    try:
        raise KeyError('k')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
for v in g():
    print(v, sys.exc_info()[0])
try:
    raise ValueError('outer')
except ValueError:
    for v in g():
        print('in handler', v, sys.exc_info()[0].__name__)
    def h():
        yield sys.exc_info()[0].__name__
        try:
            raise TypeError
        except TypeError:
            yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    print(list(h()))
    def d():
        yield from h()
    for v in d(): print('d', v, sys.exc_info()[0].__name__)
    def bad():
        yield 1
        raise RuntimeError('x')
    try:
        for v in bad(): pass
    except RuntimeError as e:
        print('ctx', repr(e.__context__), sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
