# pyvm: native
"""atexit: register functions to be called at interpreter exit (pyvm's, CPython 3.11 semantics).

pyvm's shutdown calls _run_exitfuncs() after the non-daemon threads are joined and before
__main__'s globals are cleared, as CPython's Py_FinalizeEx does."""

import sys as _sys

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination.

    Returns func, so this can be used as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered."""
    _exithandlers[:] = [h for h in _exithandlers if not (h[0] == func)]


def _clear():
    """Clear the list of previously registered exit functions."""
    del _exithandlers[:]


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_exithandlers)


def _run_exitfuncs():
    """Run all registered exit functions (last registered first)."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            try:
                _sys.stdout.flush()
            except Exception:
                pass
            err = _sys.stderr
            # the default sys.unraisablehook's report: the entries of the exception's own
            # traceback (no chain), then "Type: message" (the ': ' even for an empty message)
            err.write("Exception ignored in atexit callback: %r\n" % (func,))
            if exc.__traceback__ is not None:
                import traceback
                err.write("Traceback (most recent call last):\n")
                err.write("".join(traceback.format_tb(exc.__traceback__)))
            name = type(exc).__qualname__
            mod = type(exc).__module__
            if mod not in ("builtins", "__main__"):
                name = mod + "." + name
            try:
                msg = str(exc)
            except BaseException:
                msg = "<exception str() failed>"
            err.write(name + ": " + msg + "\n")
