# CPython's compile-time checks for a literal that is called or subscripted ("perhaps you missed
# a comma?"): each is a SyntaxWarning on stderr with the source line, issued before the program
# runs; the program then fails at run time with the TypeError the warning predicted.
def pairs():
    try:
        return [(1, 2) (3, 4)]
    except TypeError as e:
        print(e)


def words():
    try:
        return ['alpha' 'beta', 'gamma'[None]]
    except TypeError as e:
        print(e)


def numbers():
    for expr in (lambda: [1, 2][1.5], lambda: {1, 2}[0], lambda: (1+2j)(), lambda: None[0]):
        try:
            expr()
        except TypeError as e:
            print(e)
    print([10, 20][True], 'ab'[0:1], {'k': 1}['k'], (1, 2)[-1])


pairs()
words()
numbers()
grid = [[1, 2] [0, 1]]
