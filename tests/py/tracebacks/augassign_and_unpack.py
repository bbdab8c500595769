# an augmented assignment is located at the statement (no carets), its target load at the target
total = 0
def add(values):
    for v in values:
        total += v
    return total
try:
    add([1])
except UnboundLocalError as e:
    print(e)
counts = {'a': 1}
try:
    counts['b'] += 1
except KeyError as e:
    print('KeyError', e)
pairs = [(1, 2), (3, 4, 5)]
for first, second in pairs:
    print(first, second)
