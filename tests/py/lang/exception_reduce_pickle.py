# exceptions reduce to (type, args[, __dict__]): pickle and copy work on them
import pickle, copy
print(ValueError('a').__reduce__(), KeyError('a', 1).__reduce__())
print(OSError(2, 'x', 'f').__reduce__(), OSError(2, 'x').__reduce__(), OSError(1, 'x', 'a', None, 'b').__reduce__())
e = ValueError('with dict')
e.code = 7
r = e.__reduce__()
print(r[0].__name__, r[1], r[2])
for exc in [OSError(2, 'nf', 'file'), KeyError('k'), ValueError(), StopIteration(3), e, SyntaxError('bad', ('f.py', 1, 2, 'x'))]:
    p = pickle.loads(pickle.dumps(exc))
    c = copy.deepcopy(exc)
    print(repr(p), repr(c), p.args == exc.args, getattr(p, 'code', None))
class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    pickle.loads(pickle.dumps(Custom(1, 2)))
except TypeError as err:
    print('TypeError:', err)
n = ValueError('noted')
n.add_note('a note')
print(copy.copy(n).__notes__)
