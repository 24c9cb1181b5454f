"""Message digests: `md5`, `sha1`, `sha224`, `sha256`, `sha384`, `sha512` and `new()`.

A hash object keeps the data it has been given and runs the native digest over it
when asked, so `update` is cheap and `copy` is a list copy.
"""

import _digest

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new", "algorithms_guaranteed",
           "algorithms_available", "pbkdf2_hmac", "file_digest")

# name: (digest_size, block_size)
_SIZES = {
    "md5": (16, 64),
    "sha1": (20, 64),
    "sha224": (28, 64),
    "sha256": (32, 64),
    "sha384": (48, 128),
    "sha512": (64, 128),
}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


class _Hash:
    """A running digest; see the module docstring."""

    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._parts = []
        if data:
            self.update(data)

    def update(self, data, /):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("object supporting the buffer API required")
        self._parts.append(bytes(data))

    def digest(self):
        if len(self._parts) > 1:
            self._parts = [b"".join(self._parts)]
        return _digest.hash(self.name, self._parts[0] if self._parts else b"")

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self.name)
        other._parts = list(self._parts)
        return other

    def __repr__(self):
        return "<%s HASH object>" % self.name


def _constructor(name):
    def make(data=b"", *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return _Hash(name, data)

    make.__name__ = "openssl_" + name
    make.__qualname__ = make.__name__
    return make


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")


def new(name, data=b"", **kwargs):
    """A hash object for the algorithm called `name` (any letter case)."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    key = name.lower().replace("-", "")
    if key not in _SIZES:
        raise ValueError("unsupported hash type " + name)
    return _Hash(key, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC over `hash_name` (RFC 8018)."""
    import hmac

    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    size = new(hash_name).digest_size
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    out = b""
    block = 1
    while len(out) < dklen:
        u = hmac.new(password, salt + block.to_bytes(4, "big"), hash_name).digest()
        acc = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            u = hmac.new(password, u, hash_name).digest()
            acc ^= int.from_bytes(u, "big")
        out += acc.to_bytes(size, "big")
        block += 1
    return out[:dklen]


def file_digest(fileobj, digest, /):
    """The digest of everything read from the binary file object `fileobj`."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(2 ** 18)
        if not chunk:
            break
        h.update(chunk)
    return h
