"""Exception reports as the interpreter prints them (a subset of CPython's traceback module).

format_exception / print_exception / format_exc / print_exc / format_exception_only use the
VM's own report (_pyvm_traceback), so they print exactly what an uncaught exception prints.
"""

import sys
import _pyvm_traceback

__all__ = ['format_exception', 'format_exception_only', 'format_exc', 'print_exception',
           'print_exc', 'print_last', 'format_tb', 'print_tb', 'extract_tb', 'format_list',
           'extract_stack', 'format_stack', 'print_stack', 'FrameSummary', 'StackSummary']

_sentinel = object()


def _value_of(exc, value):
    # the 3.10+ calling convention format_exception(exc) and the old (etype, value, tb) one
    if value is _sentinel:
        return exc
    return value


def _chunks(text):
    """Split a report into the pieces CPython's format_exception returns: the header, one
    entry per frame (with its source line and carets), the exception lines, chain texts."""
    out = []
    lines = text.splitlines(True)
    i = 0
    in_frames = False
    while i < len(lines):
        line = lines[i]
        if (line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n'
                and lines[i + 1].startswith(('During handling', 'The above exception'))):
            out.append(line + lines[i + 1] + lines[i + 2])
            i += 3
            in_frames = False
            continue
        if line.startswith('Traceback (most recent call last):'):
            in_frames = True
        elif in_frames and line.startswith('  File ') and ', in ' in line:
            entry = line
            i += 1
            while i < len(lines) and lines[i].startswith('    '):
                entry += lines[i]
                i += 1
            out.append(entry)
            continue
        elif not line.startswith('  [Previous line repeated'):
            in_frames = False
        out.append(line)
        i += 1
    return out


def format_exception_only(exc, /, value=_sentinel):
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return [_pyvm_traceback.format_exception_only(value)]


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _chunks(_pyvm_traceback.format_exception(value, chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name and the source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        return self._line


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        return format_list(self)


def format_list(extracted_list):
    out = []
    for f in extracted_list:
        filename, lineno, name, line = f
        entry = '  File "{}", line {}, in {}\n'.format(filename, lineno, name)
        if line:
            entry += '    {}\n'.format(line.strip())
        out.append(entry)
    return out


def _limited(items, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


def extract_tb(tb, limit=None):
    return StackSummary.from_list(_limited(_pyvm_traceback.extract_tb(tb), limit))


def format_tb(tb, limit=None):
    return _limited(_chunks('Traceback (most recent call last):\n' + _pyvm_traceback.format_tb(tb))[1:], limit)


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for entry in format_tb(tb, limit):
        print(entry, file=file, end='')


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    frames = []
    while f is not None:
        frames.append((f.f_code.co_filename, f.f_lineno, f.f_code.co_name,
                       _pyvm_traceback.source_line(f.f_code, f.f_lineno)))
        f = f.f_back
    frames.reverse()
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary.from_list(frames)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    if file is None:
        file = sys.stderr
    for entry in format_list(extract_stack(f, limit)):
        print(entry, file=file, end='')


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back
