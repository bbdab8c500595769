# right shifts by counts past every bit, and zero shifted left by huge counts
for a in [-2, -1, -5, 5, 0, -2**70, 2**70]:
    print([a >> b for b in [0, 1, 31, 32, 63, 64, 100, 2**31, 2**32, 2**40, 2**53, 2**64]])
x = -7; x >>= 2**40; print(x)
print((-2**70) >> 2**40, (2**70) >> 2**40)
import operator
print(operator.rshift(-3, 10**20), operator.irshift(-3, 10**20))
try: print(1 << 2**40)
except (MemoryError, OverflowError) as e: print(type(e).__name__, e)
print(0 << 2**70, 0 >> 2**70)
