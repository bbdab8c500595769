# three-argument pow() dispatch; argument-check order of int(x, base), format(), min/max, sorted, type(), complex()
class P:
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __rpow__(self, o, mod=None): return ('rpow', o, mod)
print(pow(P(), 2, 5), pow(P(), 2), P() ** 3, 2 ** P(), pow(2, P()))
for a in [(2, 3, 5), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ('a', 2, 'b'), (2, 'a', 3), (None, 1, 1), ([], 2, 3), (2, 3, None), (True, 2, 3), (2, -1, 5), (2, 3, 0), (2, 3, -5), (-2, 3, 5)]:
    try: print(a, pow(*a))
    except Exception as e: print(a, type(e).__name__, e)
try: print(pow(2, P(), 5))
except Exception as e: print(type(e).__name__, e)
for c in ["int([], 99)", "int(1.5, 16)", "int(b'ff', 16)", "format()", "min(key=len)", "max(signed=1)",
          "sorted(int, base=16)", "sorted([2, 1], reverse='x')", "type(5, start=1)", "type(1, 2)",
          "complex(1, 2, 3)", "complex(1, real=2)", "complex(x=1)", "int('5', 10, x=1)",
          "(255).to_bytes(-1, 'x')", "(255).to_bytes(-1, 'big')", "float.fromhex(1)", "str('a', 'utf-8', 'strict', 'x')"]:
    try:
        print(c, eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
