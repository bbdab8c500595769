def f():
    try:
        raise KeyError('ctx')
    except KeyError:
        raise ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), OSError(4)])])
def g():
    try:
        f()
    except* ValueError as e:
        e.add_note("handled?")
        raise
g()
