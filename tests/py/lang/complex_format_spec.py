# format() of complex numbers: spec checks in CPython order, alternate form of repr parts
for s in ['#', '#10', '+#', '#.3', '#g', '#e', 'z', '+', ' ', 'z#', '-', '>12', '<12', '^12', '*^14.2f', 'n', '.2n', ',.2f', '_', '0', '010', '0=10', '=10', 'x', '%', 'd', ',c', '.3', '.0e', '12', 'z.1f', ' #.0f']:
    for v in [1+2j, -0.0-0j, 1.5j, 1e20+1e-20j, complex(float('inf'), float('nan')), -1-1j, 0j, complex(-0.0, 2)]:
        try: print(repr(format(v, s)), end=' ')
        except ValueError as e: print(e, end=' ')
    print()
