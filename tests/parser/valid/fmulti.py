x = f'''
{a}
  {b!r}'''
y = (f'{x}'
     f'{y}')
z = f'{"nested " + f"{inner}"}'
