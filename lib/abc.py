"""Abstract base classes (the abc module of CPython 3.11, written for pyvm)."""

import weakref as _weakref


# CPython keeps the registry and caches in weak sets, so registering or checking a class does
# not keep it alive.
WeakSet = _weakref.WeakSet


def abstractmethod(funcobj):
    """Mark a method abstract: a class with abstract methods cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


_abc_invalidation_counter = 0


def get_cache_token():
    return _abc_invalidation_counter


class _abc_data:
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version')

    def __init__(self):
        self.registry = WeakSet()
        self.cache = WeakSet()
        self.negative_cache = WeakSet()
        self.negative_cache_version = _abc_invalidation_counter


def _compute_abstracts(cls, namespace_items):
    abstracts = set()
    for name, value in namespace_items:
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for abstract base classes: supports abstract methods and virtual
    subclasses registered with register()."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _compute_abstracts(cls, namespace.items())
        cls._abc_impl = _abc_data()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass (usable as a decorator)."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == _abc_invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _abc_invalidation_counter:
            impl.negative_cache = WeakSet()
            impl.negative_cache_version = _abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            impl.cache.add(subclass)
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _abc_registry_clear(cls):
        cls._abc_impl.registry = WeakSet()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache = WeakSet()
        cls._abc_impl.negative_cache = WeakSet()


def update_abstractmethods(cls):
    """Recompute an ABC's abstract methods after it was modified (e.g. by a decorator)."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: subclass ABC to get an abstract base class."""
    __slots__ = ()
