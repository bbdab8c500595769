# pyvm: native
"""BaseExceptionGroup.derive/split/subgroup (PEP 654) and the runtime of `except*`, for pyvm.
Follows Objects/exceptions.c of CPython 3.11."""


def derive(self, excs):
    return BaseExceptionGroup(self.message, excs)


def _copy_metadata(src, dst):
    dst.__traceback__ = src.__traceback__
    dst.__context__ = src.__context__
    dst.__cause__ = src.__cause__
    if '__notes__' in getattr(src, '__dict__', ()):
        dst.__notes__ = src.__notes__


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError('expected a function, exception type or tuple of exception types')


def _split(eg, match, construct_rest):
    if match(eg):
        return eg, None
    if not isinstance(eg, BaseExceptionGroup):
        return None, (eg if construct_rest else None)
    matched, rest = [], []
    for e in eg.exceptions:
        m, r = _split(e, match, construct_rest)
        if m is not None:
            matched.append(m)
        if r is not None:
            rest.append(r)
    mg = rg = None
    if matched:
        mg = eg.derive(matched)
        if not isinstance(mg, BaseExceptionGroup):
            raise TypeError('derive must return an instance of BaseExceptionGroup')
        _copy_metadata(eg, mg)
    if construct_rest and rest:
        rg = eg.derive(rest)
        if not isinstance(rg, BaseExceptionGroup):
            raise TypeError('derive must return an instance of BaseExceptionGroup')
        _copy_metadata(eg, rg)
    return mg, rg


def split(self, condition):
    return _split(self, _matcher(condition), True)


def subgroup(self, condition):
    return _split(self, _matcher(condition), False)[0]


# ---- except* --------------------------------------------------------------------------------------

def _leaves(e, out):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            _leaves(x, out)
    else:
        out.add(id(e))


class StarState:
    """The state of one `except*` statement (see desugarTryStar in src/compiler/parser.ts)."""
    __slots__ = ('orig', 'rest', 'm', 'raised_list', 'exc')

    def __init__(self, orig):
        self.orig = orig
        self.rest = orig
        self.m = None
        self.raised_list = []
        self.exc = None

    def match(self, types):
        """CHECK_EG_MATCH: split the still-unhandled exception on `types`; True on a match."""
        ts = types if isinstance(types, tuple) else (types,)
        for t in ts:
            if not (isinstance(t, type) and issubclass(t, BaseException)):
                raise TypeError('catching classes that do not inherit from BaseException is not allowed')
            if issubclass(t, BaseExceptionGroup):
                raise TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')
        rest = self.rest
        self.m = None
        if rest is None:
            return False
        if not isinstance(rest, BaseExceptionGroup):
            if isinstance(rest, types):
                g = BaseExceptionGroup('', (rest,))
                g.__traceback__ = rest.__traceback__
                self.m, self.rest = g, None
            return self.m is not None
        self.m, self.rest = _split(rest, lambda e: isinstance(e, types), True)
        return self.m is not None

    def raised(self, e):
        self.raised_list.append((e, self.m))

    def result(self):
        """PREP_RERAISE_STAR: set self.exc to what the statement raises; True when it raises."""
        orig, rest, raised = self.orig, self.rest, self.raised_list
        self.m = self.rest = None
        self.raised_list = []
        if not isinstance(orig, BaseExceptionGroup):
            self.exc = raised[0][0] if raised else rest
        else:
            self.exc = _prep_reraise(orig, rest, raised)
        self.orig = None
        return self.exc is not None


def _prep_reraise(orig, rest, raised):
    keep = [] if rest is None else [rest]
    new = []
    for e, m in raised:
        if e is m or e is orig:
            keep.append(e)
        else:
            if e.__context__ is orig:
                e.__context__ = m
            new.append(e)
    ids = set()
    for e in keep:
        _leaves(e, ids)
    kept = _split(orig, lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in ids, False)[0] if ids else None
    if not new:
        return kept
    if kept is not None:
        new.append(kept)
    if len(new) == 1:
        return new[0]
    return BaseExceptionGroup('', new)
