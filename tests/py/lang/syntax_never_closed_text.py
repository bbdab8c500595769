for src in ['x = (1,\n2', 'x = $\n', 'x = $', 'x = [1,\ny = 2\n', 'if x:\npass\n', 'f(\n', 'x = """abc\n', "x = 'abc\n", 'x = {1: 2,\n  3: 4\n', 'print(1))\n', 'def f(:\n  pass\n', 'a = (1\nb = 2\n']:
    try: exec(src)
    except SyntaxError as e: print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
for src in ['a = 1\nb = (2,\n3\n', 'a = 1\nb = (2,\n3', 'x = {\n', '(\n\n\n', 'f(a,\n  b[1,\n']:
    try: exec(src)
    except SyntaxError as e: print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
