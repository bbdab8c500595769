# pyvm: native
"""Conversions between Python values and C structs packed in bytes (CPython 3.11's struct
API): pack, unpack, calcsize, pack_into, unpack_from, iter_unpack, Struct, error.

A format is an optional byte order ('@' native with alignment, '=' native order with
standard sizes, '<' little-endian, '>' and '!' big-endian) and items [count]code. This
machine's native order is little-endian, with 8-byte long, size_t and pointers. Floats are
encoded by the VM (`_floatpack`).
"""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']

import _floatpack

# CPython implements this module in C: its frames get no traceback entries (vm/traceback.ts)


class error(Exception):
    pass


# code -> (native size, standard size, kind); kind: 'int' (signed), 'uint', 'float', ...
_CODES = {
    'x': (1, 1, 'pad'), 'c': (1, 1, 'char'), 'b': (1, 1, 'int'), 'B': (1, 1, 'uint'),
    '?': (1, 1, 'bool'), 'h': (2, 2, 'int'), 'H': (2, 2, 'uint'), 'i': (4, 4, 'int'),
    'I': (4, 4, 'uint'), 'l': (8, 4, 'int'), 'L': (8, 4, 'uint'), 'q': (8, 8, 'int'),
    'Q': (8, 8, 'uint'), 'n': (8, None, 'int'), 'N': (8, None, 'uint'), 'e': (2, 2, 'float'),
    'f': (4, 4, 'float'), 'd': (8, 8, 'float'), 's': (1, 1, 'bytes'), 'p': (1, 1, 'pascal'),
    'P': (8, None, 'pointer'),
}

# the C module's own range messages for the small integer codes
_NAMED_RANGES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}

_INT64 = (-2**63, 2**63 - 1)
_UINT64 = (0, 2**64 - 1)


def _parse(fmt):
    # -> (items [(code, count, offset, size)], total size, little, native, n_values)
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    elif not isinstance(fmt, str):
        raise TypeError(f"Struct() argument 1 must be a str or bytes object, "
                        f"not {type(fmt).__name__}")
    native, little = True, True
    pos = 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        order = fmt[0]
        pos = 1
        native = order == '@'
        little = order in ('@', '=', '<')
    items = []
    offset = 0
    nvalues = 0
    n = len(fmt)
    while pos < n:
        c = fmt[pos]
        if c.isspace():
            pos += 1
            continue
        count = 1
        if '0' <= c <= '9':
            start = pos
            while pos < n and '0' <= fmt[pos] <= '9':
                pos += 1
            count = int(fmt[start:pos])
            if pos >= n:
                raise error("repeat count given without format specifier")
            c = fmt[pos]
        pos += 1
        spec = _CODES.get(c)
        if spec is None:
            raise error("bad char in struct format")
        size = spec[0] if native else spec[1]
        if size is None:
            raise error("bad char in struct format")
        if native and size > 1:
            offset = (offset + size - 1) // size * size
        if c in ('s', 'p'):
            items.append((c, count, offset, count))
            offset += count
            nvalues += 1
        else:
            items.append((c, count, offset, size))
            offset += size * count
            if c != 'x':
                nvalues += count
        if offset > 2**63 - 1:
            raise error("total struct size too long")
    return items, offset, little, native, nvalues


def _int_value(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise error("required argument is not an integer")
    return index(v)


def _pack_int(code, v, size, little, native):
    # the range checks and messages of the C functions each code and byte order uses: the
    # value first becomes a C long (signed codes, b, B, and h, H in little-endian order) or
    # unsigned long ("argument out of range"), then must fit the item
    v = _int_value(v)
    kind = _CODES[code][2]
    big = not little
    if big and size == 8:
        lo, hi = (0, _UINT64[1]) if kind == 'uint' else _INT64
        if not lo <= v <= hi:
            raise error("int too large to convert")
    elif code == 'P':
        if not _INT64[0] <= v <= _UINT64[1]:
            raise error("int too large to convert")
        v &= _UINT64[1]
    elif kind == 'int' or code == 'B' or (code == 'H' and little):
        if not _INT64[0] <= v <= _INT64[1]:
            raise error("argument out of range")
    elif not _UINT64[0] <= v <= _UINT64[1]:
        raise error("argument out of range")
    bits = size * 8
    if size < 8:
        if kind == 'int':
            lo, hi = -2**(bits - 1), 2**(bits - 1) - 1
        else:
            lo, hi = 0, 2**bits - 1
        if not lo <= v <= hi:
            if code in 'bB' or (code in 'hH' and little):
                raise error(f"{_NAMED_RANGES[code]} format requires {lo} <= number <= {hi}")
            raise error(f"'{code}' format requires {lo} <= number <= {hi}")
    return (v & (2**bits - 1)).to_bytes(size, 'little' if little else 'big')


def _float_value(v):
    if isinstance(v, float):
        return v
    try:
        if hasattr(type(v), '__float__'):
            return type(v).__float__(v)
        if hasattr(type(v), '__index__'):
            return float(type(v).__index__(v))
    except OverflowError:
        pass
    raise error("required argument is not a float")


def _pack_item(code, v, size, little, native):
    kind = _CODES[code][2]
    if kind in ('int', 'uint', 'pointer'):
        return _pack_int(code, v, size, little, native)
    if kind == 'float':
        return _floatpack.pack(_float_value(v), size, little, not (native and code == 'f'))
    if kind == 'bool':
        return b'\x01' if v else b'\x00'
    if kind == 'char':
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise error("char format requires a bytes object of length 1")
        return bytes(v)
    raise AssertionError(code)


def _pack(items, total, little, native, nvalues, args, out=None, start=0):
    if len(args) != nvalues:
        raise error(f"pack expected {nvalues} items for packing (got {len(args)})")
    buf = bytearray(total) if out is None else out
    i = 0
    for code, count, offset, size in items:
        offset += start
        if code == 'x':
            buf[offset:offset + size * count] = bytes(size * count)
            continue
        if code in ('s', 'p'):
            v = args[i]
            i += 1
            if not isinstance(v, (bytes, bytearray)):
                raise error(f"argument for '{code}' must be a bytes object")
            if code == 's':
                data = bytes(v[:count])
                buf[offset:offset + count] = data + bytes(count - len(data))
            elif count:
                data = bytes(v[:count - 1])
                buf[offset:offset + count] = (bytes([min(len(data), 255)]) + data +
                                              bytes(count - 1 - len(data)))
            continue
        for k in range(count):
            buf[offset + k * size:offset + (k + 1) * size] = _pack_item(
                code, args[i], size, little, native)
            i += 1
    return buf


def _unpack(items, little, native, data, start=0):
    out = []
    for code, count, offset, size in items:
        offset += start
        kind = _CODES[code][2]
        if code == 'x':
            continue
        if code == 's':
            out.append(bytes(data[offset:offset + count]))
            continue
        if code == 'p':
            if count:
                n = min(data[offset], count - 1)
                out.append(bytes(data[offset + 1:offset + 1 + n]))
            else:
                out.append(b'')
            continue
        for k in range(count):
            chunk = bytes(data[offset + k * size:offset + (k + 1) * size])
            if kind == 'float':
                out.append(_floatpack.unpack(chunk, little))
            elif kind == 'bool':
                out.append(chunk != b'\x00')
            elif kind == 'char':
                out.append(chunk)
            else:
                out.append(int.from_bytes(chunk, 'little' if little else 'big',
                                          signed=kind == 'int'))
    return tuple(out)


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str) or not hasattr(type(data), '__buffer__') and not _is_memoryview(data):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    return bytes(data)


def _is_memoryview(data):
    try:
        return isinstance(data, memoryview)
    except NameError:
        return False


class Struct:
    """A compiled struct format: format, size, pack, unpack, pack_into, unpack_from,
    iter_unpack."""

    def __init__(self, format):
        self._items, self._size, self._little, self._native, self._nvalues = _parse(format)
        self._format = format.decode('ascii') if isinstance(format, bytes) else format

    @property
    def format(self):
        """struct format string"""
        return self._format

    @property
    def size(self):
        """struct size in bytes"""
        return self._size

    def pack(self, *args):
        """The values packed into bytes by the format."""
        return bytes(_pack(self._items, self._size, self._little, self._native,
                           self._nvalues, args))

    def pack_into(self, buffer, offset, *args):
        """Pack the values into a writable buffer at offset."""
        if not isinstance(buffer, bytearray):
            raise TypeError(f"argument must be read-write bytes-like object, "
                            f"not {type(buffer).__name__}")
        offset = _int_value_type(offset)
        if offset < 0:
            if offset + self._size > 0:
                raise error(f"no space to pack {self._size} bytes at offset {offset}")
            if offset + len(buffer) < 0:
                raise error(f"offset {offset} out of range for {len(buffer)}-byte buffer")
            offset += len(buffer)
        if len(buffer) - offset < self._size:
            raise error(f"pack_into requires a buffer of at least {self._size + offset} bytes "
                        f"for packing {self._size} bytes at offset {offset} "
                        f"(actual buffer size is {len(buffer)})")
        if len(args) != self._nvalues:
            raise error(f"pack_into expected {self._nvalues} items for packing "
                        f"(got {len(args)})")
        _pack(self._items, self._size, self._little, self._native, self._nvalues, args,
              buffer, offset)

    def unpack(self, buffer):
        """The tuple of values the format reads from exactly size bytes."""
        data = _buffer(buffer)
        if len(data) != self._size:
            raise error(f"unpack requires a buffer of {self._size} bytes")
        return _unpack(self._items, self._little, self._native, data)

    def unpack_from(self, buffer, offset=0):
        """The values read from buffer at offset (the buffer may be longer)."""
        data = _buffer(buffer)
        offset = _int_value_type(offset)
        if offset < 0:
            if offset + len(data) < 0:
                raise error(f"offset {offset} out of range for {len(data)}-byte buffer")
            if offset + self._size > 0:
                raise error(f"not enough data to unpack {self._size} bytes at offset {offset}")
            offset += len(data)
        if len(data) - offset < self._size:
            raise error(f"unpack_from requires a buffer of at least {self._size + offset} "
                        f"bytes for unpacking {self._size} bytes at offset {offset} "
                        f"(actual buffer size is {len(data)})")
        return _unpack(self._items, self._little, self._native, data, offset)

    def iter_unpack(self, buffer):
        """An iterator of the tuples of successive size-byte chunks."""
        data = _buffer(buffer)
        if self._size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self._size:
            raise error(f"iterative unpacking requires a buffer of a multiple of "
                        f"{self._size} bytes")
        return (_unpack(self._items, self._little, self._native, data, start)
                for start in range(0, len(data), self._size))



# as CPython's C type _struct.Struct
Struct.__module__ = '_struct'
import _typename
_typename.set_c_name(Struct, '_struct.Struct')
del _typename


def _int_value_type(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return index(v)


_cache = {}


def _compiled(fmt):
    s = _cache.get(fmt) if isinstance(fmt, (str, bytes)) else None
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format):
    """The size in bytes of the struct the format describes."""
    return _compiled(format).size


def pack(format, *args):
    """The values packed into bytes by the format."""
    return _compiled(format).pack(*args)


def pack_into(format, buffer, offset, *args):
    """Pack the values into a writable buffer at offset."""
    return _compiled(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    """The tuple of values the format reads from exactly calcsize(format) bytes."""
    return _compiled(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    """The values read from buffer at offset."""
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """An iterator of the tuples unpacked from successive chunks of the buffer."""
    return _compiled(format).iter_unpack(buffer)


def _clearcache():
    _cache.clear()
