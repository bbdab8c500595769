def leaf(i):
    try:
        raise ValueError(i)
    except ValueError as e:
        return e
excs = [leaf(i) for i in range(17)]
try:
    try:
        raise ExceptionGroup("big", excs + [TypeError("t")])
    except* TypeError:
        raise RuntimeError("in handler")
except* ValueError as eg:
    print(len(eg.exceptions))
    raise
