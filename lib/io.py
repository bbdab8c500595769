# pyvm: native
"""The io module of CPython 3.11, written for pyvm: in-memory streams (StringIO, BytesIO) and
files: open() builds CPython's layering, TextIOWrapper over a Buffered{Reader,Writer,Random} over a
FileIO, whose reads and writes go to the file descriptor layer `_fileio` (node:fs)."""

import _fileio
import _typename

__all__ = ['StringIO', 'BytesIO', 'IOBase', 'TextIOBase', 'BufferedIOBase', 'RawIOBase',
           'FileIO', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'TextIOWrapper', 'open',
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


# ---- files -------------------------------------------------------------------------------------

def _oserror(err, filename):
    return OSError(err, _fileio.strerror(err), filename)


def _check_int_or_none(n):
    if n is None:
        return -1
    if not hasattr(type(n), '__index__'):
        raise TypeError('argument should be integer or None, not %r' % type(n).__name__)
    return n.__index__()


class FileIO(RawIOBase):
    """Raw file I/O on a file descriptor (CPython's _io.FileIO)."""

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        modes = set(mode)
        if modes - set('xrwab+') or len(mode) > len(modes):
            raise ValueError('invalid mode: %s' % mode)
        rwa = ('r' in modes) + ('w' in modes) + ('a' in modes) + ('x' in modes)
        if rwa != 1 or mode.count('+') > 1:
            raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
        plus = '+' in modes
        self._readable = 'r' in modes or plus
        self._writable = 'r' not in modes or plus
        self._appending = 'a' in modes
        self._created = 'x' in modes
        if self._created:
            self._mode = 'xb+' if plus else 'xb'
        elif self._appending:
            self._mode = 'ab+' if plus else 'ab'
        elif self._readable and self._writable:
            self._mode = 'rb+'
        elif self._readable:
            self._mode = 'rb'
        else:
            self._mode = 'wb'
        self.name = file
        if isinstance(file, int):
            if file < 0:
                raise ValueError('negative file descriptor')
            self._fd = file
            self._closefd = closefd
        else:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if isinstance(file, bytes):
                path = file.decode('utf-8', 'surrogateescape')
            elif isinstance(file, str):
                path = file
            elif hasattr(type(file), '__fspath__'):
                path = type(file).__fspath__(file)
                if isinstance(path, bytes):
                    path = path.decode('utf-8', 'surrogateescape')
            else:
                raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(file).__name__)
            if '\0' in path:
                raise ValueError('embedded null byte')
            if self._created:
                flags = 'wx+' if plus else 'wx'
            elif self._appending:
                flags = 'a+' if plus else 'a'
            elif 'w' in modes:
                flags = 'w+' if plus else 'w'
            else:
                flags = 'r+' if plus else 'r'
            fd = _fileio.open(path, flags, 0o666)
            if fd < 0:
                raise _oserror(-fd, file)
            self._fd = fd
            self._closefd = True
        self._pos = _fileio.size(self._fd) if self._appending else 0

    def __repr__(self):
        if self._fd < 0:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=%r mode=%r closefd=%r>' % (self.name, self._mode, self._closefd)

    @property
    def mode(self):
        return self._mode

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    def fileno(self):
        self._checkClosed()
        return self._fd

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        return True

    def isatty(self):
        self._checkClosed()
        return _fileio.isatty(self._fd)

    def _checkReadable(self):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _checkWritable(self):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def read(self, size=-1):
        self._checkReadable()
        size = _check_int_or_none(size)
        data = _fileio.read(self._fd, size, self._pos)
        self._pos += len(data)
        return data

    def readall(self):
        return self.read(-1)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._checkWritable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        if self._appending:
            n = _fileio.write(self._fd, b, -1)
            self._pos = _fileio.size(self._fd)
        else:
            n = _fileio.write(self._fd, b, self._pos)
            self._pos += n
        return n

    def seek(self, pos, whence=0):
        self._checkClosed()
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        if whence == 0:
            new = pos
        elif whence == 1:
            new = self._pos + pos
        elif whence == 2:
            new = _fileio.size(self._fd) + pos
        else:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if new < 0:
            raise OSError(22, 'Invalid argument')
        self._pos = new
        return new

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkWritable()
        if size is None:
            size = self._pos
        _fileio.truncate(self._fd, size)
        return size

    def close(self):
        if self._fd >= 0:
            if self._closefd:
                _fileio.close(self._fd)
            self._fd = -1

    def __del__(self):
        if getattr(self, '_fd', -1) >= 0:
            self.close()


class _BufferedBase(BufferedIOBase):
    """What BufferedReader, BufferedWriter and BufferedRandom share: the raw file, the pending
    (unflushed) writes, and CPython's flush-when-full rule."""

    _reader = False
    _writer = False

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self.buffer_size = buffer_size
        self._wbuf = bytearray()

    def __repr__(self):
        try:
            name = self.name
        except Exception:
            return '<_io.%s>' % type(self).__name__
        return '<_io.%s name=%r>' % (type(self).__name__, name)

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def readable(self):
        self._checkClosed()
        return self._reader

    def writable(self):
        self._checkClosed()
        return self._writer

    def seekable(self):
        return self.raw.seekable()

    def _flush_writes(self):
        if self._wbuf:
            self.raw.write(bytes(self._wbuf))
            self._wbuf = bytearray()

    def flush(self):
        self._checkClosed()
        self._flush_writes()

    def read(self, size=-1):
        self._checkClosed()
        if not self._reader:
            raise UnsupportedOperation('read')
        size = _check_int_or_none(size)
        self._flush_writes()
        return self.raw.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, size=0):
        self._checkClosed()
        data = self.read(max(size, 1))
        self.raw.seek(-len(data), 1)
        return data

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readline(self, size=-1):
        self._checkClosed()
        if not self._reader:
            raise UnsupportedOperation('readline')
        size = _check_int_or_none(size)
        self._flush_writes()
        raw = self.raw
        start = raw.tell()
        chunk = raw.read(size if size >= 0 else -1)
        i = chunk.find(b'\n')
        if i >= 0:
            chunk = chunk[:i + 1]
        raw.seek(start + len(chunk))
        return chunk

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        self._checkClosed()
        if not self._writer:
            raise UnsupportedOperation('write')
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        self._wbuf += b
        if len(self._wbuf) > self.buffer_size:
            self._flush_writes()
        return len(b)

    def seek(self, pos, whence=0):
        self._checkClosed()
        self._flush_writes()
        return self.raw.seek(pos, whence)

    def tell(self):
        self._checkClosed()
        return self.raw.tell() + len(self._wbuf)

    def truncate(self, pos=None):
        self._checkClosed()
        self._flush_writes()
        return self.raw.truncate(pos)

    def detach(self):
        self.flush()
        raw = self.raw
        self.raw = None
        return raw

    def close(self):
        if self.raw is None or self.raw.closed:
            return
        try:
            self._flush_writes()
        finally:
            self.raw.close()

    def __del__(self):
        raw = getattr(self, 'raw', None)
        if raw is not None and not raw.closed:
            self.close()


class BufferedReader(_BufferedBase):
    _reader = True


class BufferedWriter(_BufferedBase):
    _writer = True


class BufferedRandom(_BufferedBase):
    _reader = True
    _writer = True


_ENCODINGS = {'utf-8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'ascii': 'ascii',
              'us-ascii': 'ascii', 'latin-1': 'latin-1', 'latin1': 'latin-1', 'iso-8859-1': 'latin-1',
              'iso8859-1': 'latin-1', 'l1': 'latin-1', 'utf-16': 'utf-16', 'utf-32': 'utf-32',
              'utf-16-le': 'utf-16-le', 'utf-16-be': 'utf-16-be', 'cp1252': 'cp1252'}


def _codec(encoding):
    """The codec name str.encode/bytes.decode take for `encoding`; LookupError when unknown."""
    codec = _ENCODINGS.get(encoding.lower().replace('_', '-'))
    if codec is None:
        ''.encode(encoding)  # LookupError: unknown encoding: ...
        codec = encoding
    return codec


class TextIOWrapper(TextIOBase):
    """Text over a buffered binary stream: decoding, encoding and newline translation."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % newline)
        if encoding is None:
            encoding = 'UTF-8'
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
        self._codec = _codec(encoding)
        if errors is None:
            errors = 'strict'
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._pending = []
        self._pending_bytes = 0
        self._text = None      # decoded rest of the file (untranslated) while reading
        self._text_start = 0   # byte position where _text starts
        self._i = 0            # index into _text
        self._seen = 0         # newline kinds met (1: \r, 2: \n, 4: \r\n), for .newlines

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        try:
            parts.append(' name=%r' % (self.name,))
        except Exception:
            pass
        try:
            parts.append(' mode=%r' % (self.mode,))
        except Exception:
            pass
        parts.append(' encoding=%r>' % (self._encoding,))
        return ''.join(parts)

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        kinds = [k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    # -- writing --
    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation('not writable')
        if self._text is not None:
            self._drop_read_ahead()
        n = len(s)
        nl = self._newline
        if nl is not None and nl not in ('', '\n') and '\n' in s:
            s = s.replace('\n', nl)
        b = s.encode(self._codec, self._errors)
        self._pending.append(b)
        self._pending_bytes += len(b)
        if self._pending_bytes > 8192 or self._write_through or (self._line_buffering and ('\n' in s or '\r' in s)):
            self._flush_pending()
            if self._line_buffering:
                self.buffer.flush()
        return n

    def _flush_pending(self):
        if self._pending:
            data = b''.join(self._pending)
            self._pending = []
            self._pending_bytes = 0
            self.buffer.write(data)

    def flush(self):
        self._checkClosed()
        self._flush_pending()
        self.buffer.flush()

    # -- reading --
    def _load(self):
        # decode the rest of the file once; reads then walk the text
        if self._text is None:
            if not self.buffer.readable():
                raise UnsupportedOperation('not readable')
            self._flush_pending()
            self._text_start = self.buffer.tell()
            data = self.buffer.read()
            self._text = data.decode(self._codec, self._errors)
            self._i = 0
        return self._text

    def _drop_read_ahead(self):
        # give the unread part back: the buffer's position becomes the reading position
        self.buffer.seek(self._position())
        self._text = None

    def _position(self):
        if self._text is None:
            return self.buffer.tell() + self._pending_bytes
        return self._text_start + len(self._text[:self._i].encode(self._codec, self._errors))

    def _translate(self, s):
        if self._newline is None and '\r' in s:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        return s

    def _note_newlines(self, s):
        if self._newline is None and ('\r' in s or '\n' in s):
            crlf = s.count('\r\n')
            if crlf:
                self._seen |= 4
            if s.count('\r') > crlf:
                self._seen |= 1
            if s.count('\n') > crlf:
                self._seen |= 2

    def read(self, size=-1):
        self._checkClosed()
        size = _check_int_or_none(size)
        text = self._load()
        i = self._i
        if size < 0:
            s = text[i:]
            self._i = len(text)
        elif self._newline is None and '\r' in text:
            # count translated characters: '\r\n' is one
            j = i
            n = 0
            end = len(text)
            while n < size and j < end:
                if text[j] == '\r' and j + 1 < end and text[j + 1] == '\n':
                    j += 2
                else:
                    j += 1
                n += 1
            s = text[i:j]
            self._i = j
        else:
            s = text[i:i + size]
            self._i = i + len(s)
        self._note_newlines(s)
        return self._translate(s)

    def readline(self, size=-1):
        self._checkClosed()
        size = _check_int_or_none(size)
        text = self._load()
        i = self._i
        end = len(text)
        if i >= end:
            return ''
        nl = self._newline
        if nl is None or nl == '':
            jn = text.find('\n', i)
            jr = text.find('\r', i)
            if jr >= 0 and (jn < 0 or jr < jn):
                j = jr + 2 if jr + 1 < end and text[jr + 1] == '\n' else jr + 1
            elif jn >= 0:
                j = jn + 1
            else:
                j = end
        else:
            k = text.find(nl, i)
            j = end if k < 0 else k + len(nl)
        line = text[i:j]
        if size >= 0 and len(self._translate(line)) > size:
            if nl is None and '\r' in line:
                # keep a '\r\n' pair together
                j2 = i
                n = 0
                while n < size:
                    j2 += 2 if text[j2] == '\r' and j2 + 1 < j and text[j2 + 1] == '\n' else 1
                    n += 1
                j = j2
            else:
                j = i + size
            line = text[i:j]
        self._i = j
        self._note_newlines(line)
        return self._translate(line)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- positioning --
    def tell(self):
        self._checkClosed()
        if not self.buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        return self._position()

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._text = None
            return self.buffer.seek(0, 2)
        elif whence != 0:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self.flush()
        self._text = None
        self.buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        self._text = None
        return self.buffer.truncate(pos)

    def detach(self):
        self.flush()
        b = self.buffer
        self.buffer = None
        return b

    def close(self):
        if self.buffer is not None and not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def __del__(self):
        b = getattr(self, 'buffer', None)
        if b is not None and not b.closed:
            self.close()


for _c in (FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper, StringIO, BytesIO):
    _c.__module__ = '_io'
    _typename.set_c_name(_c, '_io.' + _c.__name__)
del _c


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    """Open file and return a stream (CPython's io.open)."""
    if not isinstance(file, (str, bytes, int)) and not hasattr(type(file), '__fspath__'):
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(file).__name__)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % mode)
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    if not binary:
        # check the text arguments before the file is created or truncated
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % newline)
        if encoding is not None:
            _codec(encoding)
    raw = FileIO(file, (creating and 'x' or '') + (reading and 'r' or '') + (writing and 'w' or '')
                 + (appending and 'a' or '') + (updating and '+' or ''), closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except:
        result.close()
        raise
