# an exception out of a generator's close() at deallocation is reported as unraisable
def gen():
    try:
        yield 1
    finally:
        raise ValueError('cleanup failed')
g = gen()
next(g)
del g
print('after')
raise SystemExit(3)
