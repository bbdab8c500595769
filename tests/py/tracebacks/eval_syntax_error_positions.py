# where a SyntaxError of 'eval' input points: CPython's expression grammar stops at a statement
# keyword, a top-level '=' / augmented assignment / ';'; an error at the end of input has offset 0
sources = ['1 +', '1 + \n', 'x = 1 +', 'a == = 1', 'a[1] = ', '(x = 1', 'return 1', 'pass', 'import os',
           '  if x', 'x.y =', 'lambda x: ', 'a +\n b', 'f(x) +', 'x ==', 'not', '1 if 2', '[x for x in]',
           'x = (', 'a, b =', 'a; b +', 'yield', 'del x', 'x += 1 +', 'x: int', '1 2', '1 +* 2', 'if x',
           'def f(', 'for x in y', 'while 1', 'in x', 'and 1', 'is', 'with a', 'lambda x=1: ',
           'lambda: 1 +', "'a=b' +", "x['=']  +", 'f(a=1) +', 'a # = \n +', 'x +=', 'x //= 2 +',
           'x := 1 +', 'a <= b +', 'await', 'class']
for src in sources:
    try:
        compile(src, '<s>', 'eval')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
try:
    eval('total = 1 +')
except SyntaxError as e:
    print(e)
eval('price * 2 +')
