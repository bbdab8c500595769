"""Lines of source files, cached (CPython 3.11's linecache API).

The files are read by the VM (`_traceback.read_lines`); `cache` maps a file name to
(size, mtime, lines, fullname) as CPython's does (size and mtime are None here: pyvm
has no stat, so `checkcache` keeps what it has read).
"""

import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache; '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, reading it if needed."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date (none can be seen to be, without stat)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        if len(cache[name]) == 1:
            # a lazy entry: nothing read yet
            continue


def updatecache(filename, module_globals=None):
    """Read the lines of `filename` into the cache and return them ([] when unreadable)."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    lines = _traceback.read_lines(filename)
    if lines is None:
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (None, None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Remember that `filename` may be read later; True if an entry was made."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    loader = module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if loader is None or get_source is None:
        return False
    name = module_globals['__name__']
    cache[filename] = (lambda: get_source(name),)
    return True
