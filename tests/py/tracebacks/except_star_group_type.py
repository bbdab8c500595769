try:
    raise ExceptionGroup("x", [ValueError()])
except* (ValueError, ExceptionGroup):
    pass
