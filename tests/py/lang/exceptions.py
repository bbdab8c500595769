class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
def risky(n):
    if n == 0:
        raise MyError(42, 'zero')
    return 10 / n
for n in (2, 0):
    try:
        print(risky(n))
    except MyError as e:
        print('MyError', e.code, e, e.args, repr(e))
    else:
        print('no error')
    finally:
        print('finally', n)
def f():
    try:
        return 'try'
    finally:
        print('cleanup')
print(f())
def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print('fin', i)
    return i
print(g())
try:
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print(e, type(e.__context__).__name__)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
e = None
try:
    [].pop()
except IndexError as err:
    e = err
print(e)
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return False
with CM('a') as a, CM('b') as b:
    print('body', a, b)
try:
    with CM('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen closed')
for v in gen():
    print(v)
    break
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
try:
    int('abc')
except ValueError as e:
    print(e)
try:
    assert 1 == 2, 'math is broken'
except AssertionError as e:
    print('assert:', e)
