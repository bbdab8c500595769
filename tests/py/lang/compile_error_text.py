# errors found after parsing (symbol table, code generator, __future__ checks) have no text when
# the source is a string: CPython reads such lines from the file
for src in ['def f(a, a): pass', 'return 5', 'def f():\n    nonlocal q\n', 'break', 'x = (1 +', 'y = = 2']:
    try:
        compile(src, 'str_src', 'exec')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
