# An exception thrown into a generator delegating with `yield from` reaches the inner generator,
# which converts it; the traceback runs through both generator frames.
def inner():
    try:
        yield 1
    except KeyError:
        raise ValueError('converted')
def outer():
    yield from inner()
g = outer()
next(g)
g.throw(KeyError('k'))
