# a number followed by a non-ASCII character ends there (3.11.4+): the character is tokenized next
for src in ['x = 1\u00a0+ 2', 'x = 1é', 'x = 1€', 'x = 1.5\u00a0', 'x = 0x1\u200b', 'x = 1jé', 'x = 1a', 'x = 0x1g']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(src), e.msg, e.offset, e.end_offset)
