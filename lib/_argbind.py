# pyvm: native
"""Argument binding with CPython's error messages, for functions built without exec().

namedtuple's __new__ and dataclass's __init__ are generated functions in CPython; pyvm has no
exec(), so they take *args/**kwargs and bind them here, raising the TypeError CPython's call
machinery would raise for the same signature.
"""


def _name_list(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % (names[0], names[1])
    return ', '.join(names[:-1]) + ', and ' + names[-1]


def bind(qualname, names, defaults, args, kwargs, kwonly=(), kwdefaults=None, has_self=True):
    """Bind args/kwargs to positional parameters `names` (without self) whose last
    len(defaults) have `defaults`, and keyword-only parameters `kwonly` with `kwdefaults`
    (a dict). Returns the list of values, positional then keyword-only."""
    n = len(names)
    nargs = len(args)
    values = list(args[:n])
    if nargs < n:
        values.extend([_MISSING] * (n - nargs))
    kwvalues = [_MISSING] * len(kwonly)
    if kwargs:
        for key, val in kwargs.items():
            if key in names:
                i = names.index(key)
                if values[i] is not _MISSING:
                    raise TypeError('%s() got multiple values for argument %r' % (qualname, key))
                values[i] = val
            elif key in kwonly:
                kwvalues[kwonly.index(key)] = val
            else:
                raise TypeError('%s() got an unexpected keyword argument %r' % (qualname, key))
    if nargs > n:
        extra = 1 if has_self else 0
        total = n + extra
        given = nargs + extra
        if defaults:
            takes = 'from %d to %d positional arguments' % (total - len(defaults), total)
        elif total == 1:
            takes = '1 positional argument'
        else:
            takes = '%d positional arguments' % total
        kwgiven = 0
        if kwargs:
            for key in kwargs:
                if key in kwonly:
                    kwgiven += 1
        if kwgiven:
            raise TypeError('%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given'
                            % (qualname, takes, given, '' if given == 1 else 's', kwgiven, '' if kwgiven == 1 else 's'))
        raise TypeError('%s() takes %s but %d %s given' % (qualname, takes, given, 'was' if given == 1 else 'were'))
    nreq = n - len(defaults)
    missing = None
    for i in range(n):
        if values[i] is _MISSING:
            if i >= nreq:
                values[i] = defaults[i - nreq]
            else:
                if missing is None:
                    missing = []
                missing.append(names[i])
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s'
                        % (qualname, len(missing), '' if len(missing) == 1 else 's', _name_list(missing)))
    if kwonly:
        for i in range(len(kwonly)):
            if kwvalues[i] is _MISSING:
                if kwdefaults is not None and kwonly[i] in kwdefaults:
                    kwvalues[i] = kwdefaults[kwonly[i]]
                else:
                    if missing is None:
                        missing = []
                    missing.append(kwonly[i])
        if missing:
            raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                            % (qualname, len(missing), '' if len(missing) == 1 else 's', _name_list(missing)))
        values.extend(kwvalues)
    return values


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return '<missing>'


_MISSING = _MissingType()
