# Function internals as CPython 3.11 shows them: co_freevars sorted by name (the closure tuple in
# that order), co_cellvars with cell parameters first, a function nested in a method that uses
# __class__ or super(), __annotations__ kept apart from __dict__, the read-only and checked
# function attributes, __builtins__, and co_flags without CO_NOFREE.
def outer(zeta, alpha):
    mid = 'm'
    beta = 'b'
    x = zeta

    def inner():
        return x, beta, zeta, mid, alpha

    return inner


f = outer('Z', 'A')
print(outer.__code__.co_cellvars, f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])


class C:
    def meth(self):
        def g():
            return __class__.__name__, type(self).__name__
        return g

    def via_super(self):
        def g():
            return super(C, self).__repr__()[:10]
        return g


print(C().meth()(), C().meth().__code__.co_freevars, C.meth.__code__.co_cellvars)
print(C().via_super()())


def annotated(x: int, *, y: str = 'a') -> bool:
    return True


print(annotated.__annotations__, annotated.__dict__, vars(annotated))
annotated.tag = 1
print(annotated.__dict__)
annotated.__annotations__ = None
print(annotated.__annotations__)
for value in (5, []):
    try:
        annotated.__annotations__ = value
    except TypeError as e:
        print(e)


def plain():
    return 'plain'


def other():
    return 'other'


print(plain.__annotations__, plain.__dict__)
plain.__code__ = other.__code__
print(plain(), plain.__name__)
for bad in (5, f.__code__):
    try:
        plain.__code__ = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for name in ('__globals__', '__closure__', '__builtins__'):
    try:
        setattr(plain, name, {})
    except AttributeError as e:
        print(name, e)
print(plain.__builtins__ is __builtins__.__dict__, plain.__builtins__['len'] is len)
print(plain.__code__.co_flags, (lambda: 0).__code__.co_flags, outer.__code__.co_flags, f.__code__.co_flags)


def deco(fn):
    import functools

    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


@deco
def wrapped(a: int) -> int:
    return a


print(sorted(wrapped.__dict__), wrapped.__annotations__)
