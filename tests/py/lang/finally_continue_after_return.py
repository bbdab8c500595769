import contextlib
nullctx = contextlib.nullcontext
def f1():
    for i in range(5):
        try:
            try:
                if i % 2: raise ValueError(i)
            finally:
                if i == 3: break
        except ValueError as e:
            print('caught', e)
            continue
        finally:
            print('outer finally', i)
    else:
        print('no break')
    return i
print(f1())
def f2():
    try:
        return 'try'
    finally:
        try:
            raise KeyError
        except KeyError:
            print('handled in finally')
print(f2())
def f3():
    x = 0
    while True:
        try:
            x += 1
            if x > 3: return x
        finally:
            if x < 5: continue
print(f3())
e = 'outer'
try:
    raise ValueError
except ValueError as e:
    pass
try: print(e)
except NameError as ne: print('NameError', ne)
def f4():
    try:
        pass
    except Exception:
        pass
    else:
        raise RuntimeError('from else')
    finally:
        print('f4 finally')
try: f4()
except RuntimeError as r: print(r, repr(r.__context__))
def f5():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            return 'inner return'
        finally:
            print('inner finally')
print(f5())
def f6():
    for x in range(3):
        try:
            return x
        finally:
            if x < 2:
                continue
print(f6())
def f7():
    try:
        try:
            raise ValueError('v')
        finally:
            return 'finally wins'
    except ValueError:
        return 'never'
print(f7())
def f8():
    result = []
    for i in range(3):
        with nullctx() as fh:
            if i == 1: continue
            result.append(i)
    return result
print(f8())
def f9():
    try:
        raise KeyError('k')
    except KeyError as err:
        err2 = err
        del err
    return err2
print(repr(f9()))
def f10():
    try:
        1/0
    except:
        import sys
        return sys.exc_info()[0].__name__
print(f10())
def f11(n):
    try:
        if n == 0: raise ValueError
        return n
    except ValueError:
        return 'zero'
    finally:
        print('f11 finally', n)
print(f11(0), f11(1))
def f12():
    i = 0
    while i < 3:
        i += 1
        try:
            if i == 2: break
        finally:
            print('while finally', i)
    else:
        print('while else')
f12()
def f13():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise TypeError('second')
        except TypeError:
            pass
        import sys
        return repr(sys.exc_info()[1])
print(f13())
def a():
    for x in range(3):
        try:
            return x
        finally:
            if x < 2:
                continue
print(a())
def b():
    for x in range(5):
        try:
            return x
        finally:
            break
    return 'after loop'
print(b())
def c():
    try:
        return 'try'
    finally:
        return 'finally'
print(c())
def d():
    for i in range(3):
        for j in range(3):
            try:
                try:
                    return (i, j)
                finally:
                    if j < 2: continue
            finally:
                if i < 1: break
    return 'end'
print(d())
def e():
    while True:
        with nullctx():
            try:
                return 'with-ret'
            finally:
                break
    return 'broke out'
print(e())
def f():
    results = []
    for i in range(4):
        try:
            if i % 2: return results
            results.append(i)
        finally:
            if i < 3:
                continue
    return results
print(f())
def g():
    for x in range(2):
        try:
            try:
                return 'inner'
            finally:
                print('inner finally', x)
        finally:
            if x == 0:
                continue
    return 'done'
print(g())
def h():
    for x in range(3):
        try:
            raise ValueError(x)
        except ValueError:
            try:
                return x
            finally:
                continue
    return 'h end'
print(h())
def gen():
    for x in range(3):
        try:
            return x
        finally:
            if x < 2: continue
    yield
print(list(gen()))
