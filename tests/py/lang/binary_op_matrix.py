# binary and in-place operators across builtin types: results and TypeError wording
vals = [0, 3, -2, 2.5, True, 'ab', [1], (1,), {'a': 1}, {1}, None, b'x', frozenset({2}), float('inf'), 0.0, range(2), 1j]
names = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@', '<', '==']
import operator as op
fns = [op.add, op.sub, op.mul, op.truediv, op.floordiv, op.mod, op.pow, op.lshift, op.rshift, op.and_, op.or_, op.xor, op.matmul, op.lt, op.eq]
ifns = [op.iadd, op.isub, op.imul, op.itruediv, op.ifloordiv, op.imod, op.ipow, op.ilshift, op.irshift, op.iand, op.ior, op.ixor, op.imatmul]
for a in vals:
    for b in vals:
        row = []
        for f in fns + ifns:
            x = list(a) if isinstance(a, list) else a
            try:
                row.append(repr(f(x, b)))
            except Exception as e:
                row.append(f'{type(e).__name__}: {e}')
        print(repr(a), repr(b), ' | '.join(row))
for src in ['1 @ 2', '3 << 2.5', '2.5 >> 1', '1 & 1.0', '[] @ []']:
    try:
        print(src, eval(src) if False else None)
    except TypeError as e:
        print(e)
a = 1
b = 2
for f in [lambda: a @ b, lambda: a << 2.5, lambda: 2.5 | a]:
    try:
        f()
    except TypeError as e:
        print(e)
