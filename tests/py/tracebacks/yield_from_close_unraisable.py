def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('stubborn ignores')
def outer():
    try:
        yield from stubborn()
    except RuntimeError as e:
        print('outer got', e)
        raise
g = outer(); next(g)
try: g.close()
except RuntimeError as e: print('close ->', e)
def selfref():
    yield from me
me = selfref()
try: next(me)
except ValueError as e: print('VE', e)
def closer():
    yield 1
    g2.close()
    yield 2
def outer2():
    yield from closer()
g2 = outer2(); next(g2)
try: next(g2)
except ValueError as e: print('VE2', e)
def inner3():
    try:
        yield 1
    except ZeroDivisionError:
        return 'handled'
def outer3():
    r = yield from inner3()
    print('outer3 r', r)
    yield r
g3 = outer3(); next(g3); print(g3.throw(ZeroDivisionError))
def inner4():
    yield 1
def outer4():
    try:
        yield from inner4()
    finally:
        print('outer4 finally')
g4 = outer4(); next(g4)
try: g4.throw(GeneratorExit)
except GeneratorExit: print('GE propagated')
print(g4.gi_frame)
def gen_in_gen():
    def inner():
        x = yield 'in'
        return x * 2
    y = yield from inner()
    yield y
g5 = gen_in_gen(); print(next(g5), g5.send(21))
