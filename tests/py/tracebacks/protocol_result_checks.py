# results of __float__/__index__/__int__/__length_hint__/__iter__ are checked as CPython checks them,
# with the DeprecationWarnings for int subclasses and NotImplemented in a boolean context
import math, operator
def show(fn):
    try:
        print('ok', fn())
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(f'{type(e).__name__}: {e}')
def K(name, ret):
    return type('K', (), {name: lambda self: ret})()
show(lambda: math.sqrt(K('__float__', 'x')))
show(lambda: math.sqrt(K('__float__', 4)))
show(lambda: math.sqrt(K('__index__', 4.0)))
show(lambda: math.sqrt(K('__index__', 9)))
show(lambda: operator.index(K('__index__', 'x')))
show(lambda: operator.index(K('__index__', True)))
show(lambda: [1, 2, 3][K('__index__', 2**70)])
show(lambda: 'ab' * K('__index__', 2**70))
show(lambda: operator.length_hint(K('__length_hint__', None)))
show(lambda: operator.length_hint(K('__length_hint__', 2**70)))
show(lambda: operator.length_hint(K('__length_hint__', True)))
show(lambda: 1 in K('__iter__', 5))
show(lambda: int(K('__int__', True)))
show(lambda: bin(K('__index__', False)))
show(lambda: 1 in K('__contains__', NotImplemented))
math.sqrt(K('__float__', None))
