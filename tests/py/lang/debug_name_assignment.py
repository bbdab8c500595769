# Assigning to __debug__ in any form (names, parameters, keywords, attributes, imports, patterns,
# deletion) is a SyntaxError placed as CPython 3.11's compiler places it; reading it is fine.
srcs = ["__debug__ = 1", "del __debug__", "def f(__debug__): pass", "f(__debug__=1)", "x.__debug__ = 1", "del x.__debug__", "import os as __debug__", "for __debug__ in x: pass",
"with x as __debug__: pass", "lambda __debug__: 0", "def f(*, __debug__): pass", "def f(**__debug__): pass", "class __debug__: pass", "def __debug__(): pass", "(__debug__ := 1)",
"__debug__ += 1", "x = __debug__", "print(x.__debug__)", "from m import __debug__", "try:\n  pass\nexcept E as __debug__:\n  pass", "global __debug__", "[__debug__ for __debug__ in x]"]
for s in srcs:
    try: compile(s, '<s>', 'exec'); print(repr(s), 'OK')
    except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
srcs2 = ['match x:\n case __debug__:\n  pass','match x:\n case [*__debug__]:\n  pass','match x:\n case {**__debug__}:\n  pass','__debug__: int = 1', '__debug__: int', 'class C(__debug__=1): pass', 'del (a, __debug__)', 'print(__debug__)', 'def f():\n  global __debug__\n  return __debug__']
for s in srcs2:
    try: compile(s, '<s>', 'exec'); print(repr(s), 'OK')
    except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
print(__debug__)
