"""importlib.util: find_spec (where an import would find a module, without importing it)
and ModuleSpec."""

import sys
import os

__all__ = ['find_spec', 'resolve_name', 'ModuleSpec']

# the modules built into pyvm (src/vm/registry.ts)
_BUILTIN = ('sys', 'gc', 'math', 'time', 'weakref', '_thread', 'threading', 'posix',
            '_traceback', '_typename', '_floatpack', '_hashlib')

_LIB = os.path.dirname(os.path.dirname(__file__))


class ModuleSpec:
    """The import-related information of a module: name, loader, origin,
    submodule_search_locations (a list for a package), parent, has_location."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self.cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and
                self.origin == other.origin and
                self.submodule_search_locations == other.submodule_search_locations)

    @property
    def parent(self):
        """The name of the package the module is in ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self.origin is not None and self.origin != 'built-in'


def resolve_name(name, package):
    """The absolute name of a relative module name."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    from importlib import _resolve_name
    return _resolve_name(name[level:], package, level)


def _search_dirs():
    main = sys.modules.get('__main__')
    main_file = getattr(main, '__file__', None)
    dirs = [os.path.dirname(os.path.abspath(main_file)) if main_file else os.getcwd()]
    return dirs


def find_spec(name, package=None):
    """The ModuleSpec an import of `name` would use, or None when none would be found (the
    parent package of a dotted name is imported, as CPython does)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is None:
            origin = getattr(module, '__file__', None)
            spec = ModuleSpec(fullname, None, origin=origin or 'built-in',
                              is_package=hasattr(module, '__path__'))
        return spec
    parent, _, last = fullname.rpartition('.')
    if parent:
        import importlib
        pkg = importlib.import_module(parent)
        pkg_file = getattr(pkg, '__file__', None)
        if not pkg_file or not pkg_file.endswith('__init__.py'):
            raise ModuleNotFoundError(f"__path__ attribute not found on {parent!r} while trying "
                                      f"to find {fullname!r}", name=fullname)
        dirs = [os.path.dirname(pkg_file)]
    else:
        if fullname in _BUILTIN:
            return ModuleSpec(fullname, None, origin='built-in')
        dirs = _search_dirs() + [_LIB]
    for d in dirs:
        pkg_init = os.path.join(d, last, '__init__.py')
        if os.path.isfile(pkg_init):
            return ModuleSpec(fullname, None, origin=pkg_init, is_package=True)
        path = os.path.join(d, last + '.py')
        if os.path.isfile(path):
            return ModuleSpec(fullname, None, origin=path)
    return None
