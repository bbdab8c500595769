# pyvm: native
"""Secure hashes and message digests (CPython 3.11's hashlib API): md5, sha1, sha224,
sha256, sha384, sha512, sha3_*, shake_128/256, blake2b/blake2s (default parameters
only), new(), pbkdf2_hmac(), algorithms_guaranteed/available. The digests are computed by
node's crypto (OpenSSL) through the VM's `_hashlib`.
"""

import _hashlib

# CPython implements this module's functions in C (_pickle, _hashlib): their frames get no
# traceback entries (vm/traceback.ts)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac',
           'file_digest')

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b',
                         'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                         'shake_128', 'shake_256'}
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256', 'ripemd160',
                                                'sm3', 'md5-sha1'}

# name -> (digest_size, block_size)
_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'sha512_224': (28, 128), 'sha512_256': (32, 128),
    'sha3_224': (28, 144), 'sha3_256': (32, 136), 'sha3_384': (48, 104), 'sha3_512': (64, 72),
    'shake_128': (0, 168), 'shake_256': (0, 136), 'blake2b': (64, 128), 'blake2s': (32, 64),
    'ripemd160': (20, 64), 'sm3': (32, 64), 'md5_sha1': (36, 64),
}


class HASH:
    """A hash object: update(data), digest(), hexdigest(), copy(); name, digest_size,
    block_size."""

    __slots__ = ('_name', '_handle')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.HASH' instances")

    @classmethod
    def _open(cls, name, data):
        self = object.__new__(cls)
        self._name = name
        self._handle = _hashlib.open(name.replace('-', '_'))
        if data:
            self.update(data)
        return self

    def __del__(self):
        h = getattr(self, '_handle', None)
        if h is not None:
            _hashlib.free(h)

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _SIZES[self._name.replace('-', '_')][0]

    @property
    def block_size(self):
        return _SIZES[self._name.replace('-', '_')][1]

    def update(self, data, /):
        """Add bytes to the hashed data."""
        _hashlib.update(self._handle, data)

    def digest(self):
        """The digest of the data so far, as bytes."""
        return _hashlib.digest(self._handle)

    def hexdigest(self):
        """The digest as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """A copy of the hash object (the same data so far)."""
        other = object.__new__(type(self))
        other._name = self._name
        other._handle = _hashlib.copy(self._handle)
        return other

    def __repr__(self):
        return '<%s %s object @ %#x>' % (self._name, _C_NAMES.get(type(self), '_hashlib.HASH'),
                                         id(self))


class HASHXOF(HASH):
    """A hash object with a digest of any length (shake_128, shake_256)."""

    __slots__ = ()

    def digest(self, length=None):
        """The first `length` bytes of the digest."""
        return _hashlib.digest(self._handle, _length('digest', length))

    def hexdigest(self, length=None):
        """digest(length) as hexadecimal digits."""
        return _hashlib.digest(self._handle, _length('hexdigest', length)).hex()


def _length(func, length):
    if length is None:
        raise TypeError(f"{func}() missing required argument 'length' (pos 1)")
    if not isinstance(length, int):
        raise TypeError(f"'{type(length).__name__}' object cannot be interpreted as an integer")
    if length < 0:
        raise MemoryError()
    return length


class blake2b(HASH):
    """BLAKE2b (64-byte digest; only the default parameters are supported)."""

    __slots__ = ()
    _default_size = 64

    def __new__(cls, data=b'', *, digest_size=None, key=b'', salt=b'', person=b'',
                fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
                last_node=False, usedforsecurity=True):
        if ((digest_size is not None and digest_size != cls._default_size) or key or salt
                or person or fanout != 1 or depth != 1 or leaf_size or node_offset
                or node_depth or inner_size or last_node):
            raise NotImplementedError(f"pyvm's {cls.__name__} supports only the default "
                                      "parameters")
        return cls._open(cls.__name__, data)

    def __init__(self, *args, **kwargs):
        pass


class blake2s(blake2b):
    """BLAKE2s (32-byte digest; only the default parameters are supported)."""

    __slots__ = ()
    _default_size = 32


_C_NAMES = {HASH: '_hashlib.HASH', HASHXOF: '_hashlib.HASHXOF', blake2b: '_blake2.blake2b',
            blake2s: '_blake2.blake2s'}


def _constructor(name):
    cls = HASHXOF if name.startswith('shake') else HASH
    fname = 'openssl_' + name

    def constructor(*args, **kwargs):
        usedforsecurity = kwargs.pop('usedforsecurity', True)
        if len(args) > 1:
            raise TypeError(f"{fname}() takes at most 1 positional argument ({len(args)} given)")
        for key in kwargs:
            if key != 'string':
                raise TypeError(f"'{key}' is an invalid keyword argument for {fname}()")
        if args and 'string' in kwargs:
            raise TypeError(f"argument for {fname}() given by name ('string') and position (1)")
        data = args[0] if args else kwargs.get('string', b'')
        return cls._open(name, data)

    constructor.__name__ = fname
    constructor.__qualname__ = fname
    return constructor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')


def new(name, data=b'', **kwargs):
    """A hash object of the named algorithm ('sha256', 'SHA256', 'sha3-256', ...)."""
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    key = name.lower().replace('-', '_')
    if key in ('blake2b', 'blake2s'):
        return (blake2b if key == 'blake2b' else blake2s)(data, **kwargs)
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    kwargs.pop('usedforsecurity', None)
    cls = HASHXOF if key.startswith('shake') else HASH
    return cls._open(key, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC of the named hash: dklen bytes (the digest size by default)."""
    key = hash_name.lower().replace('-', '_')
    if key not in _SIZES or key.startswith('shake'):
        raise ValueError('unsupported hash type ' + hash_name)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if dklen is None:
        dklen = _SIZES[key][0]
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    return _hashlib.pbkdf2(key, password, salt, iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The digest (a hash object) of a binary file object's contents."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj


import _typename
for _cls, _name in _C_NAMES.items():
    _cls.__module__ = _name.split('.')[0]
    _typename.set_c_name(_cls, _name)
del _cls, _name, _typename
