# pyvm: native
"""Arrays of C numbers (CPython 3.11's array API): array(typecode[, initializer]),
typecodes, ArrayType.

The items are kept as Python values already converted to what the C type can hold (a
'f' item is rounded to binary32, an 'i' item range-checked, with the C module's messages);
tobytes/frombytes use this machine's native layout (little-endian, 8-byte long).
"""

__all__ = ['ArrayType', 'array', 'typecodes']

import _floatpack

# CPython implements this module in C: its frames get no traceback entries (vm/traceback.ts)

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# typecode -> (min, max, message above max, message below min)
_INT_RANGES = {
    'b': (-128, 127, "signed char is greater than maximum", "signed char is less than minimum"),
    'B': (0, 255, "unsigned byte integer is greater than maximum",
          "unsigned byte integer is less than minimum"),
    'h': (-2**15, 2**15 - 1, "signed short integer is greater than maximum",
          "signed short integer is less than minimum"),
    'H': (0, 2**16 - 1, "unsigned short is greater than maximum",
          "unsigned short is less than minimum"),
    'i': (-2**31, 2**31 - 1, "signed integer is greater than maximum",
          "signed integer is less than minimum"),
    'I': (0, 2**32 - 1, "unsigned int is greater than maximum",
          "can't convert negative value to unsigned int"),
    'l': (-2**63, 2**63 - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    'L': (0, 2**64 - 1, "Python int too large to convert to C unsigned long",
          "can't convert negative value to unsigned int"),
    'q': (-2**63, 2**63 - 1, "int too big to convert", "int too big to convert"),
    'Q': (0, 2**64 - 1, "int too big to convert", "can't convert negative int to unsigned"),
}


def _convert(typecode, v):
    # a value as the array stores it, or the C module's error
    if typecode in ('f', 'd'):
        if isinstance(v, float):
            x = v
        elif isinstance(v, int) or hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
            x = float(v) if isinstance(v, (int, float)) else _to_float(v)
        else:
            raise TypeError(f"must be real number, not {type(v).__name__}")
        if typecode == 'f':
            x = _floatpack.unpack(_floatpack.pack(x, 4, True, False), True)
        return x
    if typecode == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if isinstance(v, int):
        v = int(v)
    else:
        index = getattr(type(v), '__index__', None)
        if index is None:
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
        v = index(v)
    lo, hi, above, below = _INT_RANGES[typecode]
    if typecode in 'bBhHi' and not -2**63 <= v < 2**63:
        raise OverflowError("Python int too large to convert to C long")
    if v > hi:
        raise OverflowError(above)
    if v < lo:
        raise OverflowError(below)
    return v


def _to_float(v):
    f = getattr(type(v), '__float__', None)
    if f is not None:
        return f(v)
    return float(type(v).__index__(v))


def _bytes_like(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _decode(typecode, data):
    size = _ITEMSIZE[typecode]
    out = []
    for i in range(0, len(data), size):
        chunk = data[i:i + size]
        if typecode in ('f', 'd'):
            out.append(_floatpack.unpack(chunk, True))
        elif typecode == 'u':
            out.append(chr(int.from_bytes(chunk, 'little')))
        else:
            out.append(int.from_bytes(chunk, 'little', signed=typecode in 'bhilq'))
    return out


def _encode(typecode, items):
    size = _ITEMSIZE[typecode]
    parts = []
    for v in items:
        if typecode in ('f', 'd'):
            parts.append(_floatpack.pack(v, size, True, False))
        elif typecode == 'u':
            parts.append(ord(v).to_bytes(4, 'little'))
        else:
            parts.append((v & (2**(8 * size) - 1)).to_bytes(size, 'little'))
    return b''.join(parts)


class array:
    """array(typecode[, initializer]): a compact sequence of C numbers of one type (see
    typecodes); items are read and assigned as Python numbers."""

    __slots__ = ('_typecode', '_items', '__weakref__')
    __hash__ = None

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, "
                            f"not {type(typecode).__name__}")
        if typecode not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode "
                                f"'{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer._typecode == 'u' and typecode != 'u':
            raise TypeError(f"cannot use a unicode array to initialize an array with typecode "
                            f"'{typecode}'")
        else:
            self._items = [_convert(typecode, v) for v in initializer]
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._typecode

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._typecode]

    def _new(self, items):
        a = object.__new__(type(self))
        a._typecode = self._typecode
        a._items = items
        return a

    # the sequence
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        i = _index_of(index)
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{type(value).__name__}") to '
                                'array slice')
            if value._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            start, stop, step = index.indices(len(self._items))
            if step != 1:
                n = len(range(start, stop, step))
                if len(value._items) != n:
                    raise ValueError(f"attempt to assign array of size {len(value._items)} "
                                     f"to extended slice of size {n}")
            self._items[index] = list(value._items)
            return
        i = _index_of(index)
        v = _convert(self._typecode, value)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        try:
            del self._items[_index_of(index)]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    # operators
    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            return NotImplemented
        return self._new(self._items * _index_of(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            return NotImplemented
        self._items *= _index_of(n)
        return self

    def _compare(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items, other._items

    def __eq__(self, other):
        c = self._compare(other)
        return c if c is NotImplemented else c[0] == c[1]

    def __ne__(self, other):
        c = self._compare(other)
        return c if c is NotImplemented else c[0] != c[1]

    def __lt__(self, other):
        c = self._compare(other)
        return c if c is NotImplemented else c[0] < c[1]

    def __le__(self, other):
        c = self._compare(other)
        return c if c is NotImplemented else c[0] <= c[1]

    def __gt__(self, other):
        c = self._compare(other)
        return c if c is NotImplemented else c[0] > c[1]

    def __ge__(self, other):
        c = self._compare(other)
        return c if c is NotImplemented else c[0] >= c[1]

    # methods
    def append(self, v):
        """Append new value v to the end of the array."""
        self._items.append(_convert(self._typecode, v))

    def extend(self, iterable):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        tc = self._typecode
        for v in iterable:
            self._items.append(_convert(tc, v))

    def insert(self, i, v):
        """Insert a new item v into the array before position i."""
        self._items.insert(_index_of(i), _convert(self._typecode, v))

    def pop(self, i=-1):
        """Remove and return the item at index i (the last by default)."""
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(_index_of(i))
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        """Remove the first occurrence of v."""
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None):
        """The index of the first occurrence of v (between start and stop)."""
        n = len(self._items)
        start = _clamp(start, n)
        stop = n if stop is None else _clamp(stop, n)
        for i in range(start, stop):
            if self._items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        """The number of occurrences of v."""
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        """Reverse the order of the items in place."""
        self._items.reverse()

    def tolist(self):
        """The items as a list."""
        return list(self._items)

    def fromlist(self, items):
        """Append the items of a list (all or none)."""
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        converted = [_convert(self._typecode, v) for v in items]
        self._items.extend(converted)

    def tobytes(self):
        """The items' machine representation."""
        return _encode(self._typecode, self._items)

    def frombytes(self, data):
        """Append items read from the machine representation in data."""
        data = _bytes_like(data)
        if len(data) % _ITEMSIZE[self._typecode]:
            raise ValueError("bytes length not a multiple of item size")
        self._items.extend(_decode(self._typecode, data))

    def tounicode(self):
        """The characters of a 'u' array as a str."""
        if self._typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def fromunicode(self, s):
        """Append the characters of a str to a 'u' array."""
        if not isinstance(s, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(s).__name__}")
        if self._typecode != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def byteswap(self):
        """Swap the bytes of each item."""
        size = _ITEMSIZE[self._typecode]
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = _decode(self._typecode, swapped)

    def buffer_info(self):
        """(address, length): an identifier of the storage and the number of items."""
        return (id(self._items), len(self._items))

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        return (type(self), (self._typecode, list(self._items)), None)

    def __repr__(self):
        name = type(self).__name__ if type(self) is not array else 'array'
        if not self._items:
            return f"{name}('{self._typecode}')"
        if self._typecode == 'u':
            return f"{name}('u', {''.join(self._items)!r})"
        return f"{name}('{self._typecode}', {self._items!r})"


def _index_of(i):
    if isinstance(i, int):
        return i
    index = getattr(type(i), '__index__', None)
    if index is None:
        raise TypeError("array indices must be integers")
    return index(i)


def _clamp(i, n):
    i = _index_of(i)
    if i < 0:
        i = max(0, i + n)
    return min(i, n)


ArrayType = array

import _typename
_typename.set_c_name(array, 'array.array')
del _typename
