"""Context variables (CPython 3.11's contextvars API): ContextVar, Token, Context,
copy_context.

Each thread has its own current Context; a new thread starts with an empty one (as in 3.11).
A Context maps variables to values; ContextVar.set changes the current context's mapping,
copy_context() takes a snapshot, Context.run(f) makes a context current while f runs.
"""

import _thread
from types import GenericAlias

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()


# the current context of each thread (created on the thread's first use)
_state = _thread._local()


def _current():
    ctx = getattr(_state, 'current', None)
    if ctx is None:
        ctx = _state.current = Context()
    return ctx


class Context:
    """A mapping of ContextVars to their values; run() executes code in it."""

    __slots__ = ('_data', '_prev', '_entered', '__weakref__')

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        """Call callable(*args, **kwargs) with this context current (then the previous one)."""
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self} is already entered")
        self._prev = _current()
        self._entered = True
        _state.current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        """A shallow copy of the context."""
        new = Context()
        new._data = dict(self._data)
        return new

    @staticmethod
    def _check(var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")

    def __getitem__(self, var):
        self._check(var)
        return self._data[var]

    def get(self, var, default=None):
        """The value of var in this context, or default."""
        self._check(var)
        return self._data.get(var, default)

    def __contains__(self, var):
        self._check(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        return list(self._data.keys())

    def values(self):
        return list(self._data.values())

    def items(self):
        return list(self._data.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


def copy_context():
    """A copy of the current context."""
    return _current().copy()


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set returns: reset(token) restores the variable's previous value."""

    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _Missing()

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @classmethod
    def _make(cls, ctx, var, old):
        self = object.__new__(cls)
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False
        return self

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at {id(self):#x}>"

    __class_getitem__ = classmethod(GenericAlias)


class ContextVar:
    """ContextVar(name, *, default=...): a variable whose value depends on the current
    context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_NO_DEFAULT):
        """The value in the current context; else default, the variable's default, or
        LookupError."""
        data = _current()._data
        if self in data:
            return data[self]
        if default is not _NO_DEFAULT:
            return default
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; returns a Token for reset()."""
        ctx = _current()
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = value
        return Token._make(ctx, self, old)

    def reset(self, token):
        """Restore the value the variable had before the set() that returned token."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        if token._old is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old
        token._used = True

    def __repr__(self):
        default = '' if self._default is _NO_DEFAULT else f' default={self._default!r}'
        return f"<ContextVar name={self._name!r}{default} at {id(self):#x}>"

    def __hash__(self):
        return object.__hash__(self)

    __class_getitem__ = classmethod(GenericAlias)


# the types are CPython's C ones (_contextvars.Context, ...)
for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls
