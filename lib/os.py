"""Operating-system interfaces (the part of CPython 3.11's os that pyvm can offer).

Built on the builtin `posix` module: process ids, the environment (`environ` is a live
mapping over the process environment), the working directory, listdir/stat, cpu_count,
urandom. `os.path` is `posixpath`.
"""

import sys
import abc
import posix
from posix import getpid, getppid, getuid, getgid, getcwd, strerror, _exit
from _collections_abc import MutableMapping as _MutableMapping
import posixpath as path

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name",
           "path", "devnull", "extsep", "environ", "getenv", "putenv", "unsetenv", "getpid",
           "getppid", "getuid", "getgid", "getcwd", "getcwdb", "chdir", "listdir", "stat",
           "lstat", "stat_result", "cpu_count", "urandom", "fspath", "fsencode", "fsdecode",
           "PathLike", "error", "strerror", "walk", "get_exec_path", "_exit"]

name = 'posix'
linesep = '\n'
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

sys.modules['os.path'] = path

error = OSError

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4


# ---- paths as objects --------------------------------------------------------------------------

def fspath(path):
    """The str or bytes form of a path: the path itself, or what its __fspath__() returns."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(path_type.__name__, type(path_repr).__name__))


class PathLike(abc.ABC):
    """Abstract base class for objects with a file system path (__fspath__)."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented


def fsencode(filename):
    """A path as bytes (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A path as str (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def _path_arg(func, p, allow_none=False):
    # the str form of a path argument, with posixmodule.c's type error
    if p is None and allow_none:
        return '.'
    if isinstance(p, (str, bytes)) or hasattr(type(p), '__fspath__'):
        p = fspath(p)
        if isinstance(p, bytes):
            p = p.decode('utf-8', 'surrogateescape')
        if '\0' in p:
            raise ValueError(f"{func}: embedded null character in path")
        return p
    allowed = 'string, bytes, os.PathLike, integer or None' if allow_none else \
        'string, bytes, os.PathLike or integer'
    raise TypeError(f"{func}: path should be {allowed}, not {type(p).__name__}")


def _check(result, filename):
    # posix's (errno, strerror) failure -> the OSError subclass for errno
    if type(result) is tuple and len(result) == 2 and type(result[0]) is int:
        raise OSError(result[0], result[1], filename)
    return result


# ---- the environment -----------------------------------------------------------------------------

def _check_env_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


def putenv(name, value):
    """Set an environment variable (os.environ is not updated: assign to it instead)."""
    name = _check_env_str(name) if isinstance(name, str) else fsdecode(name)
    value = _check_env_str(value) if isinstance(value, str) else fsdecode(value)
    if not name or '=' in name:
        raise ValueError("illegal environment variable name")
    if '\0' in name or '\0' in value:
        raise ValueError("embedded null byte")
    posix.putenv(name, value)


def unsetenv(name):
    """Remove an environment variable (os.environ is not updated: del from it instead)."""
    name = _check_env_str(name) if isinstance(name, str) else fsdecode(name)
    if not name or '=' in name:
        raise ValueError("illegal environment variable name")
    if '\0' in name:
        raise ValueError("embedded null byte")
    posix.unsetenv(name)


class _Environ(_MutableMapping):
    # the process environment as a mapping; assignments and deletions reach the process
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_env_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_env_str(key)
        _check_env_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_env_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join('{!r}: {!r}'.format(k, v) for k, v in self._data.items())
        return f'environ({{{items}}})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


from _collections_abc import Mapping as _Mapping

environ = _Environ(posix.environ)
del posix.environ


def getenv(key, default=None):
    """The environment variable `key`, or `default`."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The directories searched for an executable (PATH), as a list."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ---- the file system -----------------------------------------------------------------------------

def getcwdb():
    """The current working directory as bytes."""
    return fsencode(getcwd())


def chdir(path):
    """Change the current working directory."""
    p = _path_arg('chdir', path)
    _check(posix._chdir(p), path)


def listdir(path=None):
    """The names of the entries of a directory (not '.' and '..'), in directory order;
    bytes names for a bytes path."""
    p = _path_arg('listdir', path, allow_none=True)
    names = _check(posix._listdir(p), path if path is not None else '.')
    if isinstance(path, bytes):
        return [fsencode(n) for n in names]
    return names


class stat_result(tuple):
    """os.stat()'s result: a 10-tuple (mode, ino, dev, nlink, uid, gid, size and the three
    times as ints) with st_* attributes (the times as floats in st_atime, ...)."""

    n_sequence_fields = 10
    n_fields = 13
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, values):
        values = tuple(values)
        if len(values) < 10:
            raise TypeError(f"os.stat_result() takes an at least 10-sequence "
                            f"({len(values)}-sequence given)")
        self = super().__new__(cls, values[:7] + tuple(int(t) for t in values[7:10]))
        self._times = tuple(values[7:10])
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: int(self._times[0] * 1e9))
    st_mtime_ns = property(lambda self: int(self._times[1] * 1e9))
    st_ctime_ns = property(lambda self: int(self._times[2] * 1e9))

    def __repr__(self):
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(self._names, self))
        return f'os.stat_result({fields})'

    def __reduce__(self):
        return (stat_result, (tuple(self[:7]) + self._times,))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """The status of a path (os.stat_result); FileNotFoundError when it does not exist."""
    p = _path_arg('stat', path)
    return stat_result(_check(posix._stat(p, follow_symlinks), path))


def lstat(path, *, dir_fd=None):
    """stat() of the link itself, for a symbolic link."""
    p = _path_arg('lstat', path)
    return stat_result(_check(posix._stat(p, False), path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for each directory under `top`; with topdown,
    the caller may prune dirnames in place."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        try:
            names = listdir(top)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        dirs, nondirs, walk_into = [], [], []
        for entry in names:
            full = path.join(top, entry)
            if path.isdir(full):
                dirs.append(entry)
                if not topdown and (followlinks or not path.islink(full)):
                    walk_into.append(full)
            else:
                nondirs.append(entry)
        if topdown:
            yield top, dirs, nondirs
            for d in reversed(dirs):
                full = path.join(top, d)
                if followlinks or not path.islink(full):
                    stack.append(full)
        else:
            stack.append((top, dirs, nondirs))
            for full in reversed(walk_into):
                stack.append(full)


# ---- the machine ---------------------------------------------------------------------------------

def cpu_count():
    """The number of CPUs."""
    return posix.cpu_count()


def urandom(size):
    """`size` random bytes from the operating system."""
    if not isinstance(size, int):
        size = size.__index__() if hasattr(type(size), '__index__') else _not_int(size)
    if size < 0:
        raise ValueError("negative argument not allowed")
    return posix.urandom(size)


def _not_int(value):
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
