# sys.unraisablehook: a program's hook gets the UnraisableHookArgs of an exception raised in
# __del__ or a weakref callback; sys.__unraisablehook__ prints "<err_msg>: <object>" (or
# "<err_msg>:") and the traceback; a failing hook is reported with the hook's own exception.
import sys
import weakref
print(sys.unraisablehook is sys.__unraisablehook__, hasattr(sys, 'UnraisableHookArgs'))


class C:
    def __del__(self):
        raise KeyError("from __del__")


seen = []
sys.unraisablehook = seen.append
c = C()
del c
u = seen[0]
print(len(seen), type(u).__name__, u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__qualname__,
      u.exc_traceback.tb_lineno)


class D:
    pass


d = D()
r = weakref.ref(d, lambda ref: 1 / 0)
del d
print(len(seen), seen[1].exc_type.__name__, seen[1].object.__name__)
Args = type(u)
print(Args, Args((1, 2, 3, 4, 5)), Args((1, 2, 3, 4, 5)).object)
seen.clear()
sys.__unraisablehook__(Args((ValueError, ValueError("v"), None, "Custom message", 42)))
sys.__unraisablehook__(Args((ValueError, ValueError("w"), None, "Only a message", None)))


def bad_hook(unraisable):
    raise RuntimeError("the hook failed")


bad_hook.__qualname__ = bad_hook.__name__ = "bad_hook"
sys.unraisablehook = bad_hook
sys.unraisablehook = lambda u: print("lambda hook:", u.exc_value)
c = C()
del c
print("end")
