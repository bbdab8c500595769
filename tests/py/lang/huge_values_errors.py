# Values too big to make: MemoryError / OverflowError as CPython raises them, not an internal error.
for expr in ["1 << (2**40)", "'ab' * (2**62)", "[0] * (2**62)", "b'x' * (2**62)", "(7).to_bytes(2**62, 'big')"]:
    try:
        eval(expr)
        print(expr, 'ok')
    except (MemoryError, OverflowError) as e:
        print(expr, type(e).__name__, e)
