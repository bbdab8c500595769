# complex('...') reads Unicode digits and spaces as ASCII and underscores between digits, as
# float() does; a misplaced underscore is "could not convert string to complex: ..."
for s in ['1_0', '1_0+2_5j', '1__0', '_1', '1_', '0x_1', '1_j', '1e1_0j',
          '\u0661\u0662', '\u0663j', '\u0661.\u0665+\u0662j', '\u20031+2j\u2003', '(1_000-1j)',
          '1+_2j', 'inf_', '\u00b2', 'abc', '']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
