# 'yield' inside a comprehension names the comprehension's kind
for src in ['list((yield) for _ in [1])', 'x = {(yield) for _ in [1]}', 'x = {1: (yield) for _ in [1]}',
            'x = [(yield) for _ in [1]]', 'def f():\n    return ((yield from x) for x in [1])']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
