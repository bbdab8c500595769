# complex: literals, constructor, arithmetic (CPython algorithms), repr, hash, format, errors
z = 3 + 4j
print(z, repr(z), abs(z), z.real, z.imag, z.conjugate(), type(z).__name__, 2j, -2j, 1j * 1j, (1+2j) * (3-1j), (1+2j) / (3-4j))
print(complex(1, 2), complex('1+2j'), complex(' ( -1.5e3-2J ) '), complex('j'), complex('-j'), complex(), complex(5), complex(2.5, -1), complex(1j, 1j))
print((-8) ** 0.5, (-1) ** 0.5, pow(-8, 1/3), 2 ** 0.5, (1+1j) ** 2, (1+1j) ** -1, 1j ** 1j, (2+3j) ** 0.5, 0j ** 0)
print(z == 3+4j, z != 5, 1 + 0j == 1, 1.5 + 0j == 1.5, hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), hash(1+2j), hash(-1j))
print(complex(float('inf'), 1) * 2, (float('inf') + 0j) * 2, complex(0, float('nan')), complex(-0.0, -0.0), complex(0.0, -0.0), -(0j), repr(-0.0 + 0j))
print(f'{z}', f'{z:.2f}', f'{z:>20}', f'{z:g}', f'{1.5+2.25j:e}', f'{z:+.1f}', format(1j, ''), format(1j, '.3'), f'{z:*^16}', f'{-1-1j}')
print(bool(0j), bool(1j), 1j + True, 2 * 1j, 1 - 1j, z - 1, 10 / (1 + 1j), sum([1j, 2, 3.5]), (1e300 + 1e300j) * 1e10)
for bad in [lambda: z < z, lambda: z // 2, lambda: z % 2, lambda: divmod(z, 2), lambda: int(z), lambda: float(z), lambda: 1 / 0j,
            lambda: complex('1+'), lambda: complex('abc'), lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex([]),
            lambda: 0j ** -1, lambda: round(z), lambda: abs(complex(1e308, 1e308)), lambda: complex(1, []), lambda: (1e200 + 1j) ** 5,
            lambda: f'{z:%}', lambda: f'{z:=10}', lambda: f'{z:010}', lambda: max(1j, 2j)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class C(complex):
    pass
c = C(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, isinstance(c, complex), C('3j'))
class HasComplex:
    def __complex__(self): return 5j
print(complex(HasComplex()), sorted([3+0j, 1+0j], key=abs), {1j: 'a'}[1j], [1j, 2j].index(2j), 1j in {1j})
import sys
print(sys.getsizeof(1j))
