"""The codec functions pickle refers to (CPython's _codecs.encode/decode: protocols 0-2
pickle bytes as _codecs.encode(str, 'latin1'))."""


def encode(obj, encoding='utf-8', errors='strict'):
    """obj.encode(encoding, errors) for a str."""
    if not isinstance(obj, str):
        raise TypeError(f"utf_8_encode() argument 1 must be str, not {type(obj).__name__}")
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """bytes(obj).decode(encoding, errors)."""
    return bytes(obj).decode(encoding, errors)
