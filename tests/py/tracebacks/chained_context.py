# "During handling..." and "direct cause" chains, each with its own carets
def parse(s):
    try:
        return int(s)
    except ValueError:
        return float(s)
def load(values):
    try:
        return [parse(v) for v in values]
    except ValueError as e:
        raise RuntimeError('bad input') from e
print(load(['1', '2.5']))
print(load(['3', 'x']))
