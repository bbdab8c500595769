# an assert on a comparison marks the comparison; other asserts show the bare line
def check(x):
    assert isinstance(x, int), 'need an int'
    assert x > 0
    return x
print(check(3))
try:
    check('a')
except AssertionError as e:
    print('AssertionError:', e)
items = [3, 'two', 1]
print(sorted(items[:1]))
print(items[0] < items[1])
