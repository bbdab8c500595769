"""Lines of source files, for tracebacks and warnings.

pyvm programs read no files: the lines come from the source of the modules the interpreter
compiled (the program and what it imported). Other files have no lines.
"""

from _pyvm_traceback import source as _source

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname), as CPython's cache
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a source file from the cache (with its newline), or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a source file from the cache, reading it if needed."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    """Discard stale cache entries (the compiled sources never change)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            # a lazy entry: keep it
            continue


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines ([] when there is no source)."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    text = _source(filename)
    if text is None:
        return []
    lines = []
    start = 0
    n = len(text)
    while start < n:
        end = text.find('\n', start)
        if end < 0:
            lines.append(text[start:] + '\n')
            break
        lines.append(text[start:end + 1])
        start = end + 1
    cache[filename] = (len(text), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Nothing to load lazily: the sources are in memory already."""
    return False
