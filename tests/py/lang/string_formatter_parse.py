# string.Formatter.parse splits literal text at escaped braces
import string
f = string.Formatter()
for s in ['a{b:>3}c{{d}}', '{{', '}}', 'x{{{a}}}y', '{0!r:>{w}}', '', 'plain', '{}{}', '{a[0]}{b.c}']:
    print(repr(s), list(f.parse(s)))
print(f.format('{0!r:>{w}}|{{}}', 'x', w=5), f.vformat('{a}', (), {'a': 1}))
