a = f'{x}' f"{y!r:>{w}.{p}f}" 'lit' f'{{}}{z=}'
b = f'''multi
{x +
  y} and {z!s}'''
c = f'{x = }' f'{pi=:.2f}' F'{a!a}' rf'\n{b}'
d = f'{3.14=!s:>10}'
e = f'{ x }'
g = f'{a["k"]}'
h = f''
i = '' f'' ''
j = f'{x:}'
k = f'{x:{y}}'
