# PEP 479: a StopIteration escaping a generator becomes RuntimeError raised from it
def raiser():
    yield 1
    raise StopIteration('leaked')
try:
    list(raiser())
except RuntimeError as e:
    print(type(e).__name__, e)
    print('cause:', type(e.__cause__).__name__, e.__cause__)
    print('context is cause:', e.__context__ is e.__cause__, 'suppress:', e.__suppress_context__)
def inner():
    return next(iter([]))
def outer():
    yield inner()
try:
    next(outer())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
g = (x for x in [1])
print(next(g), next(g, 'done'))
