# sys.excepthook is called for the uncaught exception (after sys.last_* are set); a hook that
# raises is reported with the original exception; the builtin hook prints the report itself.
import sys
print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__)
sys.excepthook(ValueError, ValueError("printed by the builtin hook"), None)
sys.excepthook(1, 2, 3)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print(e)


def hook(t, v, tb):
    print("hook:", t.__name__, v, tb.tb_lineno, sys.last_value is v, sys.last_type is t)
    raise RuntimeError("the hook failed")


sys.excepthook = hook
raise KeyError("uncaught")
