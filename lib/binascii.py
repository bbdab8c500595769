# pyvm: native
"""Conversions between binary data and ASCII (CPython 3.11's binascii API): hexlify /
unhexlify (b2a_hex / a2b_hex), b2a_base64 / a2b_base64 (strict_mode), crc32, crc_hqx,
Error, Incomplete."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'b2a_base64', 'b2a_hex',
           'crc32', 'crc_hqx', 'hexlify', 'unhexlify']

# CPython implements this module in C: its frames get no traceback entries (vm/traceback.ts)


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _bytes_arg(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except (NameError, TypeError):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def _ascii_arg(data):
    # the a2b_* functions also take ASCII str
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError(f"argument should be bytes, buffer or ASCII string, "
                    f"not '{type(data).__name__}'")


# ---- hexadecimal ---------------------------------------------------------------------------------

def b2a_hex(data, sep=None, bytes_per_sep=1):
    """The hexadecimal digits of data, as bytes; with sep, a separator between groups of
    bytes_per_sep bytes (counted from the right, from the left when negative)."""
    data = _bytes_arg(data)
    hexed = data.hex()
    if sep is None:
        return hexed.encode('ascii')
    if isinstance(sep, str):
        if not sep.isascii():
            raise ValueError("sep must be ASCII.")
        sep_s = sep
    elif isinstance(sep, (bytes, bytearray)):
        sep_s = bytes(sep).decode('latin-1')
    else:
        raise TypeError(f"sep must be str or bytes.")
    if len(sep_s) != 1:
        raise ValueError("sep must be length 1.")
    return data.hex(sep_s, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr):
    """The bytes whose hexadecimal digits hexstr holds (two per byte)."""
    data = _ascii_arg(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _HEXVAL.get(data[i])
        lo = _HEXVAL.get(data[i + 1])
        if hi is None or lo is None:
            raise Error("Non-hexadecimal digit found")
        out.append(hi * 16 + lo)
    return bytes(out)


unhexlify = a2b_hex

_HEXVAL = {c: int(chr(c), 16) for c in b'0123456789abcdefABCDEF'}


# ---- base64 --------------------------------------------------------------------------------------

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64VAL = {c: i for i, c in enumerate(_B64)}


def b2a_base64(data, *, newline=True):
    """The base64 encoding of data (with a newline at the end unless newline is false)."""
    data = _bytes_arg(data)
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[-1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """The bytes of base64 data. Characters outside the alphabet are skipped and decoding
    stops at the padding that completes a group, unless strict_mode."""
    data = _ascii_arg(data)
    if strict_mode and data[:1] == b'=':
        raise Error("Leading padding not allowed")
    out = bytearray()
    quad_pos = 0
    leftchar = 0
    pads = 0
    padding_started = False
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == 0x3D:  # '='
            padding_started = True
            if strict_mode and quad_pos == 0:
                raise Error("Excess padding not allowed")
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = _B64VAL.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            leftchar = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((leftchar << 2) | (v >> 4)) & 0xFF)
            leftchar = v & 0x0F
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((leftchar << 4) | (v >> 2)) & 0xFF)
            leftchar = v & 0x03
        else:
            quad_pos = 0
            out.append(((leftchar << 6) | v) & 0xFF)
            leftchar = 0
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot "
                    "be 1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error("Incorrect padding")
    return bytes(out)


# ---- checksums -----------------------------------------------------------------------------------

def _crc32_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0, /):
    """The CRC-32 of data, continuing from crc."""
    data = _bytes_arg(data)
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC32
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """The CRC-CCITT (XMODEM) of data, continuing from crc."""
    data = _bytes_arg(data)
    c = crc & 0xFFFF
    for b in data:
        c ^= b << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
    return c
