e = ValueError('a')
try:
    raise KeyError
except KeyError:
    try: raise e
    except ValueError: pass
print(repr(e.__context__))
try:
    raise TypeError
except TypeError:
    try: raise e
    except ValueError as x: print(repr(x.__context__))
try:
    raise e
except ValueError as x: print(repr(x.__context__))
def f():
    try:
        raise KeyError(1)
    except KeyError as k:
        try:
            raise ValueError(2)
        except ValueError as v:
            v2 = v
            try:
                raise k
            except KeyError as k2:
                print(repr(k2.__context__), repr(v2.__context__))
f()
# context chains: cycles are broken, raise of the handled exception keeps it
def cyc():
    try:
        raise KeyError('a')
    except KeyError as a:
        try:
            raise ValueError('b')
        except ValueError as b:
            try:
                raise a
            except KeyError as again:
                print(again is a, repr(a.__context__), repr(b.__context__))
cyc()
def same():
    try:
        raise KeyError('x')
    except KeyError as k:
        try:
            raise k
        except KeyError as k2:
            print(k2 is k, repr(k2.__context__))
same()
def gen():
    try:
        raise KeyError('in gen')
    except KeyError:
        yield 1
        raise ValueError('after yield')
try:
    raise TypeError('caller')
except TypeError:
    g = gen(); next(g)
    try:
        next(g)
    except ValueError as v:
        print(repr(v.__context__), repr(v.__context__.__context__))
def stopper():
    yield 1
    raise StopIteration('s')
try:
    raise IndexError('outer')
except IndexError:
    try:
        list(stopper())
    except RuntimeError as r:
        print(repr(r.__context__), repr(r.__cause__), repr(r.__context__.__context__))
