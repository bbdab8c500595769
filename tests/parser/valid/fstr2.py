a = f'{x, y}' + f'{(x for x in y)}' + f'{ a  +  b }'
b = f'''{
  x
}'''
c = f'é{x}ü{y:>{w}}'
d = f'{x!r:{w}}{y:{a}{b}}'
e = f'{"a" "b"}'
g = f'{x:=5}'
h = f'{a[1:2]}{b!s}{c!a}'
j = (f'a'
  f'{b}'
  'c' f'{d=}')
k = f'{x}' f'{y}'
l = f'{{x}}' f'}}{{'
m = f'{3.0:.{2}f}'
