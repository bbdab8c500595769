"""In-memory streams (the io module of CPython 3.11, written for pyvm): StringIO and BytesIO.
pyvm has no files, so open() and the file classes are not provided."""

__all__ = ['StringIO', 'BytesIO', 'IOBase', 'TextIOBase', 'BufferedIOBase', 'RawIOBase',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


class IOBase:
    """The abstract base class for all I/O classes."""

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _checkClosed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def flush(self):
        self._checkClosed()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readlines(self, hint=-1):
        self._checkClosed()
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer.

    The initial_value argument sets the value of object.  The newline
    argument is like the one of TextIOWrapper's constructor."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._value = ''
        self._chunks = None  # pending appends (when writing at the end)
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _checkClosed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def __iter__(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        return self

    @property
    def closed(self):
        return self._closed

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def close(self):
        self._closed = True
        self._chunks = None
        self._value = ''

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def _flatten(self):
        if self._chunks is not None:
            self._value = self._value + ''.join(self._chunks)
            self._chunks = None
        return self._value

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._checkClosed()
        return self._flatten()

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl == '\r' or nl == '\r\n':
            s = s.replace('\n', nl)
        return s

    def write(self, s):
        """Write string to file.

Returns the number of characters written, which is always equal to
the length of the string."""
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        if not n:
            return 0
        s = self._translate(s)
        pos = self._pos
        if self._chunks is not None:
            size = self._size
            if pos == size:
                self._chunks.append(s)
                self._size = size + len(s)
                self._pos = pos + len(s)
                return n
            self._flatten()
        value = self._value
        size = len(value)
        if pos == size:
            self._chunks = [s]
            self._size = size + len(s)
        elif pos > size:
            self._value = value + '\0' * (pos - size) + s
        else:
            self._value = value[:pos] + s + value[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        """Read at most size characters, returned as a string.

If the argument is negative or omitted, read until EOF
is reached. Return an empty string at EOF."""
        self._checkClosed()
        value = self._flatten()
        pos = self._pos
        if size is None or size < 0:
            end = len(value)
        else:
            end = min(len(value), pos + size)
        if pos >= end:
            return ''
        self._pos = end
        return value[pos:end]

    def readline(self, size=-1):
        """Read until newline or EOF.

Returns an empty string if EOF is hit immediately."""
        self._checkClosed()
        value = self._flatten()
        pos = self._pos
        n = len(value)
        if pos >= n:
            return ''
        nl = self._newline
        if nl == '':
            # universal: \r, \n or \r\n end a line, untranslated
            i = pos
            while i < n and value[i] not in '\r\n':
                i += 1
            if i < n:
                if value[i] == '\r' and i + 1 < n and value[i + 1] == '\n':
                    i += 1
                i += 1
            end = i
        else:
            term = '\n' if nl is None or nl == '\n' else nl
            i = value.find(term, pos)
            end = n if i < 0 else i + len(term)
        if size is not None and size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return value[pos:end]

    def tell(self):
        """Tell the current file position."""
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position."""
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._flatten())
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, pos=None):
        """Truncate size to pos."""
        self._checkClosed()
        value = self._flatten()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError('Negative size value %d' % pos)
        if pos < len(value):
            self._value = value[:pos]
        return pos

    def detach(self):
        raise UnsupportedOperation('detach')

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=b''):
        self._value = bytes(initial_bytes) if initial_bytes else b''
        self._pos = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        self._checkClosed()
        return self._value

    def getbuffer(self):
        raise UnsupportedOperation('getbuffer')

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        n = len(b)
        value = self._value
        pos = self._pos
        if pos > len(value):
            value = value + bytes(pos - len(value))
        self._value = value[:pos] + b + value[pos + n:]
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._checkClosed()
        pos = self._pos
        value = self._value
        if size is None or size < 0:
            end = len(value)
        else:
            end = min(len(value), pos + size)
        if pos >= end:
            return b''
        self._pos = end
        return value[pos:end]

    read1 = read

    def readline(self, size=-1):
        self._checkClosed()
        value = self._value
        pos = self._pos
        i = value.find(b'\n', pos)
        end = len(value) if i < 0 else i + 1
        if size is not None and size >= 0 and end > pos + size:
            end = pos + size
        if pos >= end:
            return b''
        self._pos = end
        return value[pos:end]

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._value) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError('negative size value %d' % pos)
        self._value = self._value[:pos]
        return pos

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)


def open(*args, **kwargs):
    raise NotImplementedError('open() is not supported by pyvm (programs read no files)')
