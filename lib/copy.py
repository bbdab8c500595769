"""Shallow and deep copy operations (the copy module of CPython 3.11, written for pyvm).

copy(x) and deepcopy(x) copy the builtin containers directly, honour __copy__/__deepcopy__,
__reduce_ex__/__reduce__ overrides, __getstate__/__setstate__ and __getnewargs__, and copy other
instances by creating an object of the same class and copying its __dict__ and __slots__."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _atomic(x, memo=None):
    return x


def _function():
    pass


class _C:
    def _m(self):
        pass


_atomic_types = {type(None), int, float, bool, str, type, range, type(Ellipsis),
                 type(NotImplemented), type(_function), type(len), property, slice}
import builtins as _builtins
for _name in ('bytes', 'complex'):
    _t = getattr(_builtins, _name, None)
    if _t is not None:
        _atomic_types.add(_t)
_bytearray = getattr(_builtins, 'bytearray', None)
try:
    import weakref as _weakref
    _atomic_types.add(_weakref.ref)
except ImportError:
    pass
_method_type = type(_C()._m)


def _find_override(cls, name):
    """The class in cls's MRO (other than object) that defines name, or None."""
    for c in cls.__mro__:
        if c is object:
            return None
        if name in c.__dict__:
            return c
    return None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic_types or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    if cls is _bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    if rv is None:
        return _copy_instance(x, cls, False, None)
    return _reconstruct(x, None, *rv)


def _reduce(x, cls):
    """x.__reduce_ex__(4) or x.__reduce__() when the class overrides one of them, else None."""
    if _find_override(cls, '__reduce_ex__') is not None:
        return x.__reduce_ex__(4)
    if _find_override(cls, '__reduce__') is not None:
        return x.__reduce__()
    return None


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif cls in _atomic_types or issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            elif rv is None:
                y = _copy_instance(x, cls, True, memo)
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    return frozenset([deepcopy(a, memo) for a in x])


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_frozenset,
    _method_type: _deepcopy_method,
}


def _keep_alive(x, memo):
    """Keep a reference to x in the memo so that its id is not reused while copying."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---- instances without __reduce__ overrides (what object.__reduce_ex__(4) describes) ------------

def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            names.append(name)
    return names


_object_getstate = getattr(object, '__getstate__', None)


def _getstate(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        return x.__getstate__()
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _newargs(x, cls):
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        return x.__getnewargs_ex__()
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        return x.__getnewargs__(), {}
    for base in (tuple, str, int, float, frozenset):
        if isinstance(x, base):
            return (base(x),), {}
    return (), {}


def _copy_instance(x, cls, deep, memo):
    args, kwargs = _newargs(x, cls)
    if deep and (args or kwargs):
        args = deepcopy(args, memo)
        kwargs = deepcopy(kwargs, memo)
    y = cls.__new__(cls, *args, **kwargs)
    if deep:
        memo[id(x)] = y
    state = _getstate(x, cls)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _setstate(y, state)
    if isinstance(x, list):
        if deep:
            for item in x:
                y.append(deepcopy(item, memo))
        else:
            y.extend(x)
    elif isinstance(x, dict):
        if deep:
            for key, value in x.items():
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in x.items():
                y[key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y


def _setstate(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _setstate(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
