class Boom(Exception): pass
def bad(*a):
    raise Boom('x')
class BadIter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise Boom('iter')
        return [self.n]
class BadEq:
    def __eq__(self, o): raise Boom('eq')
    def __hash__(self): return 1
class BadHash:
    def __hash__(self): raise Boom('hash')
class BadLt:
    def __lt__(self, o): raise Boom('lt')
class BadAdd:
    def __add__(self, o): raise Boom('add')
    def __radd__(self, o): raise Boom('radd')
class BadRepr:
    def __repr__(self): raise Boom('repr')
class BadLen:
    def __len__(self): raise Boom('len')
class BadBool:
    def __bool__(self): raise Boom('bool')
objs = [[1], (2,), 'x', 3.5]
tests = [
    lambda: sorted([[1], [2], [3]], key=bad), lambda: [[1], [2]].sort(key=bad), lambda: list(map(bad, [[1], [2]])),
    lambda: list(filter(bad, [[1]])), lambda: list(zip([[1]], BadIter(), BadIter())), lambda: sum([BadAdd(), BadAdd()]),
    lambda: sum([[1], BadAdd()], []), lambda: min([[1], [2]], key=bad), lambda: {BadHash(): 1}, lambda: {BadEq(): 1, BadEq(): 2},
    lambda: [BadEq()] == [BadEq()], lambda: BadEq() in [[1], BadEq()], lambda: [BadEq()].index(BadEq()), lambda: [BadEq()].count(1),
    lambda: sorted([BadLt(), BadLt()]), lambda: repr([[1], BadRepr()]), lambda: str({'a': BadRepr()}), lambda: f'{[BadRepr()]}',
    lambda: len(BadLen()), lambda: bool(BadBool()), lambda: [x for x in BadIter()], lambda: {x[0]: bad() for x in [[1]]},
    lambda: tuple(BadIter()), lambda: set(BadIter()), lambda: dict.fromkeys(BadIter()), lambda: ''.join(['a', 1]),
    lambda: list(enumerate(BadIter())), lambda: any(BadBool() for _ in [1]), lambda: all([BadBool()]),
    lambda: [BadBool()] and not BadBool(), lambda: max(BadIter()), lambda: dict([[1, 2], BadIter()]), lambda: {1: 2}.update(BadIter()),
    lambda: list(reversed([[1], BadRepr()]))[5], lambda: [[1]] * BadLen(), lambda: hash((1, BadHash())), lambda: frozenset([BadHash()]),
    lambda: BadIter().__next__() + BadAdd(), lambda: [1, 2, 3][BadLen():], lambda: print(BadRepr()), lambda: '%s' % BadRepr(),
    lambda: '{}'.format(BadRepr()), lambda: [].extend(BadIter()), lambda: {1}.update(BadIter()), lambda: list(map(bad, BadIter())),
    lambda: [i for i in range(3) if bad(i)], lambda: (lambda *a, **k: bad())(*[[1]], **{'k': [2]}), lambda: getattr(BadRepr(), bad()),
    lambda: isinstance([1], bad()), lambda: [1, 2].__setitem__(slice(0, 1), BadIter()), lambda: sorted(BadIter()),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
