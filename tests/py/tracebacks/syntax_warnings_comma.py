# "perhaps you missed a comma?" SyntaxWarnings: calling or subscripting a literal (CPython's
# check_caller / check_subscripter / check_index), printed when the module is compiled
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (1, 2)(3))
t(lambda: [1, 2](3))
t(lambda: 'abc'(1))
t(lambda: (1 + 2)(3))
t(lambda: {1: 2}(1))
t(lambda: f'x'(1))
t(lambda: None(1))
t(lambda: (-1)[0])
t(lambda: None[0])
t(lambda: {1, 2}[0])
t(lambda: (lambda: 1)[0])
t(lambda: 2.5[0])
t(lambda: 'abc'['x'])
t(lambda: b'abc'[None])
t(lambda: (1, 2)['a'])
t(lambda: [1, 2][(1, 2)])
t(lambda: [x for x in (1,)][1.0])
t(lambda: 'abc'[True])
t(lambda: 'abc'[1:2])
t(lambda: 'abc'[1 + 1])
t(lambda: {}['a'])
t(lambda: 'abc'[{}])
[1, 2][1.0]
