x = 5
print(x is 5, x is not 'a', x is None, x is True, x is ..., x is (1, 2), x is -1, x is (x, 1))
assert (x, 'always true')
assert (1, 2)
def f():
    return x is 'abc'
exec("y = 3\nprint(y is 3)")
exec("y = 3\nprint(y is 3)")
eval("x is 4.5")
print('done')
raise SystemExit(x is 5)
