# exception attribute setters check their values as CPython; iter(v, w) needs a callable;
# function __name__/__qualname__ must be strings
def show(fn):
    try:
        r = fn()
        print('ok', repr(r))
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
e = ValueError('x')
show(lambda: setattr(e, '__traceback__', 5))
show(lambda: setattr(e, '__cause__', 5))
show(lambda: setattr(e, '__context__', 'x'))
show(lambda: setattr(e, '__suppress_context__', 'x'))
show(lambda: setattr(e, '__suppress_context__', False) or e.__suppress_context__)
show(lambda: setattr(e, '__cause__', KeyError('k')) or (e.__cause__, e.__suppress_context__))
show(lambda: setattr(e, '__context__', None) or e.__context__)
for attr in ('__cause__', '__context__', '__traceback__', '__suppress_context__'):
    show(lambda: delattr(e, attr))
show(lambda: iter(5, None))
show(lambda: list(iter(iter([1, 2, 3, None, 4]).__next__, None)))
show(lambda: iter())
def f(): pass
show(lambda: setattr(f, '__name__', 5))
show(lambda: setattr(f, '__qualname__', None))
show(lambda: delattr(f, '__name__'))
show(lambda: setattr(f, '__name__', 'renamed') or (f.__name__, f.__qualname__))
