"""Data classes (the dataclasses module of CPython 3.11, written for pyvm).

@dataclass reads the class's __annotations__ and adds __init__, __repr__, __eq__, the ordering
methods, __hash__ and frozen-ness as CPython does. __init__, __setattr__ and __delattr__ are
compiled from source text as CPython's are (their tracebacks and signatures are CPython's); the
other methods are closures over the field list, raising the same errors."""

import sys
import copy
import types
import keyword

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',
           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name',
                 'type',
                 'default',
                 'default_factory',
                 'repr',
                 'hash',
                 'init',
                 'compare',
                 'metadata',
                 'kw_only',
                 '_field_type',
                 )

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA
                         if metadata is None else
                         types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                'name=%r,'
                'type=%r,'
                'default=%r,'
                'default_factory=%r,'
                'init=%r,'
                'repr=%r,'
                'hash=%r,'
                'compare=%r,'
                'metadata=%r,'
                'kw_only=%r,'
                '_field_type=%s'
                ')' % (self.name, self.type, self.default, self.default_factory, self.init,
                       self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                       self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init',
                 'repr',
                 'eq',
                 'order',
                 'unsafe_hash',
                 'frozen',
                 )

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                'init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _is_classvar(a_type):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    if a_type is getattr(typing, 'ClassVar', None):
        return True
    return getattr(a_type, '__origin__', None) is getattr(typing, 'ClassVar', object())


def _is_initvar(a_type):
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(a_type):
    return a_type is KW_ONLY


def _is_string_annotation_of(annotation, names):
    # "ClassVar[int]", "typing.ClassVar", "InitVar[int]" ...: the string forms
    if not isinstance(annotation, str):
        return False
    s = annotation.strip()
    for name in names:
        for prefix in (name, 'typing.' + name, 'dataclasses.' + name):
            if s == prefix or s.startswith(prefix + '['):
                return True
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)

    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    if _is_classvar(a_type) or _is_string_annotation_of(a_type, ('ClassVar',)):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type) or _is_string_annotation_of(a_type, ('InitVar',)):
        f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % f.name)

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        assert f._field_type is _FIELD_CLASSVAR
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % f.name)

    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _set_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        value.__qualname__ = '%s.%s' % (cls.__qualname__, value.__name__)
    return value


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _create_fn(name, args, body, globals_, locals_=None, return_type=MISSING):
    # The function is compiled from source text inside a factory whose parameters are the names
    # in locals_, as CPython does: its frames read 'File "<string>", line N, in __init__' in a
    # traceback, and the line numbers are CPython's (line 1 the factory, line 2 the def).
    locals_ = {} if locals_ is None else locals_
    annotation = ''
    if return_type is not MISSING:
        locals_['_return_type'] = return_type
        annotation = '->_return_type'
    lines = ['def __create_fn__(%s):' % ', '.join(locals_),
             ' def %s(%s)%s:' % (name, ','.join(args), annotation)]
    lines += ['  ' + line for line in body]
    lines.append(' return ' + name)
    ns = {}
    exec('\n'.join(lines), globals_, ns)
    return ns['__create_fn__'](**locals_)


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return '__dataclass_builtins_object__.__setattr__(%s,%r,%s)' % (self_name, name, value)
    return '%s.%s=%s' % (self_name, name, value)


def _field_init_line(f, frozen, locals_, self_name, slots):
    # the body line of __init__ that sets field f, or None
    default_name = '_dflt_' + f.name
    if f.default_factory is not MISSING:
        locals_[default_name] = f.default_factory
        if f.init:
            value = '%s() if %s is _HAS_DEFAULT_FACTORY else %s' % (default_name, f.name, f.name)
        else:
            value = default_name + '()'
    elif f.init:
        if f.default is not MISSING:
            locals_[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        # a slot has no class attribute to fall back on
        locals_[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is not MISSING:
        default = '=_dflt_' + f.name
    elif f.default_factory is not MISSING:
        default = '=_HAS_DEFAULT_FACTORY'
    else:
        default = ''
    return '%s:_type_%s%s' % (f.name, f.name, default)


def _make_init(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals_,
               slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % f.name)

    locals_ = {'_type_' + f.name: f.type for f in fields}
    locals_['MISSING'] = MISSING
    locals_['_HAS_DEFAULT_FACTORY'] = _HAS_DEFAULT_FACTORY
    locals_['__dataclass_builtins_object__'] = object
    body = []
    for f in fields:
        line = _field_init_line(f, frozen, locals_, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        initvars = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, initvars))
    if not body:
        body = ['pass']
    params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params += [_init_param(f) for f in kw_only_fields]
    return _create_fn('__init__', [self_name] + params, body, globals_, locals_, None)


_repr_running = set()


def _make_repr(fields):
    names = tuple(f.name for f in fields)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%s)' % (self.__class__.__qualname__,
                               ', '.join(['%s=%r' % (name, getattr(self, name)) for name in names]))
        finally:
            _repr_running.discard(key)
    __repr__._dataclass_generated = True  # pprint formats such instances field by field
    return __repr__


def _fields_tuple(obj_name, fields):
    # source text of the tuple of the fields of obj_name: '(self.x,self.y,)'
    if not fields:
        return '()'
    return '(%s,)' % ','.join(['%s.%s' % (obj_name, f.name) for f in fields])


def _make_cmp(name, op, fields, globals_):
    # compiled from source like CPython's: an error comparing fields is reported at
    # 'File "<string>", line 4, in __lt__'
    body = ['if other.__class__ is self.__class__:',
            ' return %s%s%s' % (_fields_tuple('self', fields), op, _fields_tuple('other', fields)),
            'return NotImplemented']
    return _create_fn(name, ('self', 'other'), body, globals_)


def _make_hash(fields, globals_):
    return _create_fn('__hash__', ('self',), ['return hash(%s)' % _fields_tuple('self', fields)], globals_)


def _make_frozen_setattr(cls, fields, globals_):
    locals_ = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    names = '(' + ','.join(repr(f.name) for f in fields) + ',)' if fields else '()'
    fns = []
    for name, args, verb, message in (('__setattr__', ('self', 'name', 'value'), '__setattr__(name, value)', 'assign to'),
                                      ('__delattr__', ('self', 'name'), '__delattr__(name)', 'delete')):
        body = ['if type(self) is cls or name in %s:' % names,
                ' raise FrozenInstanceError(f"cannot %s field {name!r}")' % message,
                'super(cls, self).' + verb]
        fns.append(_create_fn(name, args, body, globals_, dict(locals_)))
    return fns


def _hash_action(cls, fields, unsafe_hash, eq, frozen, has_explicit_hash):
    # returns None (leave), 'set' (add __hash__), 'none' (set __hash__ = None), 'exception'
    if not unsafe_hash:
        if not eq:
            return None
        if frozen:
            return 'add'
        return None if has_explicit_hash else 'none'
    if has_explicit_hash:
        return 'exception'
    return 'add'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot=False):
    fields = {}

    module = getattr(cls, '__module__', None)
    if module in sys.modules:
        globals_ = sys.modules[module].__dict__
    else:
        globals_ = {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})

    cls_fields = []
    KW_ONLY_seen = False
    for name, type_ in cls_annotations.items():
        if _is_kw_only(type_) or (isinstance(type_, str) and type_.strip() in ('KW_ONLY', 'dataclasses.KW_ONLY')):
            if KW_ONLY_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % name)
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and not name in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(all_init_fields, std_init_fields, kw_only_init_fields,
                                      frozen, has_post_init,
                                      '__dataclass_self__' if 'self' in fields else 'self',
                                      globals_, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _make_repr(flds))

    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _make_cmp('__eq__', '==', cmp_fields, globals_))

    if order:
        flds = [f for f in field_list if f.compare]
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if _set_new_attribute(cls, name, _make_cmp(name, op, flds, globals_)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    if frozen:
        setattr_fn, delattr_fn = _make_frozen_setattr(cls, field_list, globals_)
        for fn in (setattr_fn, delattr_fn):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    action = _hash_action(cls, field_list, unsafe_hash, eq, frozen, has_explicit_hash)
    if action == 'add':
        flds = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _set_qualname(cls, _make_hash(flds, globals_))
    elif action == 'none':
        cls.__hash__ = None
    elif action == 'exception':
        raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)

    if not getattr(cls, '__doc__'):
        try:
            text_sig = '(' + ', '.join(_sig_param(f) for f in std_init_fields + kw_only_init_fields) + ')'
        except Exception:
            text_sig = ''
        cls.__doc__ = (cls.__name__ + text_sig.replace(' -> None', ''))

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc = sys.modules.get('abc')
    if abc is not None and hasattr(cls, '__abstractmethods__'):
        abc.update_abstractmethods(cls)

    return cls


def _type_repr(t):
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return '%s.%s' % (t.__module__, t.__qualname__)
    if isinstance(t, str):
        return t
    return repr(t)


def _sig_param(f):
    s = '%s: %s' % (f.name, _type_repr(f.type))
    if f.default_factory is not MISSING:
        s += ' = <factory>'
    elif f.default is not MISSING:
        s += ' = %r' % (f.default,)
    return s


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set()
    for c in cls.__mro__[1:-1]:
        slots = c.__dict__.get('__slots__')
        if slots:
            inherited_slots.update((slots,) if isinstance(slots, str) else slots)
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited_slots) + (
        ('__weakref__',) if weakref_slot else ())
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for field, value in zip(fields(self), state):
        object.__setattr__(self, field.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values (recursively)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dynamically created dataclass."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified '
                                 'with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
