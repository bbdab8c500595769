# CPython's check_caller / check_subscripter / check_index: SyntaxWarnings at compile time for
# calling or subscripting a literal ("perhaps you missed a comma?"), then a TypeError at run time
pairs = [
    ('a', 1)
    ('b', 2),
]
def never(a, b):
    if False:
        [1, 2]()
        {1}()
        f'{a}'()
        (x for x in a)()
        None()
        -1()
        [1, 2]['a']
        (a, b)['a']
        'abc'[1.5]
        b'ab'[None]
        [1][1:2]
        [1][-1]
        {1, 2}[0]
        5[0]
        (lambda: 0)[0]
        ...[0]
        {1: 2}['a']
        a['x']
        [1]['a' + 'b']
        [1][(1, 2)]
print(never(1, 2))
