"""Pathname operations on POSIX paths (os.path; CPython 3.11's posixpath API).

Pure string operations, except exists/isfile/isdir/islink/getsize/... which ask the file
system through os.stat. Paths may be str or bytes (or os.PathLike), not mixed.
"""

import os
import stat as _stat_mod

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
           "expandvars", "normpath", "abspath", "samefile", "curdir", "pardir", "sep",
           "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_arg_types(funcname, *args):
    # genericpath._check_arg_types: all str or all bytes, with CPython's messages
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """The path unchanged (POSIX file names are case-sensitive)."""
    return os.fspath(s)


def isabs(s):
    """Whether the path is absolute (starts with a slash)."""
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join path components: an absolute component discards what came before it."""
    a = os.fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is what follows the last slash; head loses its trailing slashes
    unless it is all slashes."""
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows it in the last component, unless the
    component is only dots before it (leading dots do not start an extension)."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    """(drive, path): POSIX paths have no drive."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """The final component of a path."""
    p = os.fspath(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]


def dirname(p):
    """The directory part of a path (split(p)[0])."""
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """The longest common leading string (character by character) of a list of paths."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path (whole components) of a sequence of paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, cur = b'/', b'.'
    else:
        sep, cur = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != cur] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def normpath(path):
    """The path without redundant separators and '.' components, '..' folded where it can be
    (a leading '//' is kept, as POSIX allows it a meaning)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(sep) else 0
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    new_comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps)
                or (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    """The normalised absolute form of a path (relative to the working directory)."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: absolute, with symbolic links resolved (as far as the path exists,
    unless strict)."""
    filename = os.fspath(filename)
    as_bytes = isinstance(filename, bytes)
    p = os.fsdecode(abspath(filename))
    result = _realpath(p, strict)
    return os.fsencode(result) if as_bytes else result


def _realpath(p, strict):
    import posix
    r = posix._realpath(p)
    if isinstance(r, str):
        return r
    if strict:
        raise OSError(r[0], r[1], p)
    head, tail = split(p)
    if not tail or head == p:
        return p
    return join(_realpath(head, strict), tail)


def relpath(path, start=None):
    """The path relative to `start` (the working directory)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        cur, sep, par = b'.', b'/', b'..'
    else:
        cur, sep, par = '.', '/', '..'
    if start is None:
        start = cur
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [par] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return cur
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def expanduser(path):
    """~ and ~/... replaced by $HOME (~user forms are left alone: no password database)."""
    path = os.fspath(path)
    tilde, sep = (b'~', b'/') if isinstance(path, bytes) else ('~', '/')
    if not path.startswith(tilde):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1 or 'HOME' not in os.environ:
        return path
    userhome = os.environ['HOME']
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def expandvars(path):
    """$name and ${name} replaced by the environment variable's value (unknown ones kept)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        return os.fsencode(_expandvars(os.fsdecode(path)))
    if '$' not in path:
        return path
    return _expandvars(path)


def _is_word_char(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')


def _expandvars(path):
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(c)
                i += 1
                continue
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and _is_word_char(path[j]):
                j += 1
            if j == i + 1:
                out.append(c)
                i += 1
                continue
            name = path[i + 1:j]
            end = j
        if name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


# ---- questions to the file system ----------------------------------------------------------------

def exists(path):
    """Whether the path names an existing file or directory (False for broken links)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Whether the path exists (True for broken symbolic links)."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Whether the path is a regular file (symbolic links followed)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return _stat_mod.S_ISREG(st.st_mode)


def isdir(s):
    """Whether the path is a directory (symbolic links followed)."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return _stat_mod.S_ISDIR(st.st_mode)


def islink(path):
    """Whether the path is a symbolic link."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return _stat_mod.S_ISLNK(st.st_mode)


def ismount(path):
    """Whether the path is a mount point (its parent is on another device, or the same inode)."""
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat_mod.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def samefile(f1, f2):
    """Whether two paths name the same file."""
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def getsize(filename):
    """The size of a file in bytes."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The last modification time of a file (seconds since the epoch)."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The last access time of a file (seconds since the epoch)."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The metadata change time of a file (seconds since the epoch)."""
    return os.stat(filename).st_ctime
