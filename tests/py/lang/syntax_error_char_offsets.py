# SyntaxError columns from compile()/exec() count characters, not UTF-8 bytes, as CPython
# converts them (_PyPegen_byte_offset_to_character_offset); a future-import error has no end
# column (end_offset None).
srcs = ["s = 'héllo' +", "s = 'é'; 1 = x", "print('日本語', (1 2))", "x = 'é' ; b'é'", "'é' = 1",
        "x = ('é', 1 = 2)", "d = {'é': 1 2}", "b'é'", "from __future__ import braces",
        "from __future__ import nope", "x = 1 +"]
for s in srcs:
    try:
        compile(s, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
