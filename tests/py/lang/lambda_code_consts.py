# A lambda's co_consts starts with None (it can have no docstring), as in CPython 3.11.
square = lambda x: x * x
print(square.__code__.co_consts, square.__doc__)
print((lambda: 0).__code__.co_consts, (lambda: None).__code__.co_consts)
print((lambda a, b=2: (a, b, 'text', 1.5)).__code__.co_consts)
print((lambda: (yield 7)).__code__.co_consts)
print((lambda: 'not a doc').__doc__, (lambda: 'not a doc').__code__.co_consts)


def named():
    return 0


def documented():
    """A docstring."""
    return 1


print(named.__code__.co_consts, documented.__code__.co_consts, documented.__doc__)
