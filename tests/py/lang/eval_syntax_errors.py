# compile(..., 'eval') of something that is not one expression: CPython's expression grammar
# stops at the '=', the statement keyword, the ';' or the top-level '*'; 'exec' source from a
# string gets a final newline (SyntaxError.text)
for src in ['', '\n', '# c', '\n\n', 'x\n= 5', 'x += 1', 'a, b = 1, 2', 'x: int = 3', 'del x', 'pass',
            'x = yield', 'yield from y', 'print(1);', 'x if y else z; 3', '*a, b', 'x.y = 2', 'x **= 2',
            'return 5', 'assert x', 'for x in y: pass', 'with a: pass', 'def f(): pass', 'class A: pass',
            'try: pass\nexcept: pass', 'global x', 'x ;', 'x = 5', 'import os', 'print(1); print(2)',
            'if x: pass', '1\n2', 'yield 5', '*a', 'a, *b']:
    try:
        compile(src, 's', 'eval')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in ['x = (1 +', 'x +', 'x = [1, 2', 'x = 1 +* 2', 'x = 1\ny = = 2']:
    try:
        compile(src, 's', 'exec')
    except SyntaxError as e:
        print(repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
try:
    eval('total = 5')
except SyntaxError as e:
    print(e)
