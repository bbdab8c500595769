# function attribute setters, vars(function), argument-binding error order
def f(a, b=2):
    return a + b


f.attr = 1
print(vars(f), vars(f) is f.__dict__)
for name, value in [('__name__', 5), ('__qualname__', None), ('__defaults__', [1]), ('__kwdefaults__', 3)]:
    try:
        setattr(f, name, value)
    except TypeError as e:
        print(e)
for name in ['__name__', '__qualname__']:
    try:
        delattr(f, name)
    except TypeError as e:
        print(e)
f.__defaults__ = None
del f.__kwdefaults__
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_stacksize > 0)
try:
    f()
except TypeError as e:
    print(e)


def zero():
    pass


def defs(a, b=1, c=2):
    pass


def po(a, /, b):
    pass


for call in [lambda: zero(*[1], a=2), lambda: defs(1, 2, 3, 4, d=1), lambda: defs(1, 2, 3, 4, a=1),
             lambda: po(1, 2, x=3, a=4), lambda: po(1, a=2, b=3), lambda: po(b=1, a=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
