"""The import system's Python interface (a part of CPython 3.11's importlib API):
import_module, reload, invalidate_caches; importlib.util.find_spec."""

import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def invalidate_caches():
    """Nothing to invalidate: pyvm's finders keep no caches."""


def _resolve_name(name, package, level):
    # the absolute name of a relative import of `name` from `package`
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module by name ('pkg.mod', or '.mod' relative to package) and return it
    (the module itself, not the top-level package as __import__ does)."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run a module's source again in its namespace (builtin modules are returned as they
    are)."""
    import types
    if not isinstance(module, types.ModuleType):
        raise TypeError("reload() argument must be a module")
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    filename = getattr(module, '__file__', None)
    if filename is None:
        return module
    import _traceback
    lines = _traceback.read_lines(filename)
    if lines is None:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
    exec(compile(''.join(lines), filename, 'exec'), module.__dict__)
    return module
