"""Keyed-hash message authentication (RFC 2104) over the `hashlib` digests."""

import hashlib as _hashlib

__all__ = ["new", "digest", "compare_digest", "HMAC"]

digest_size = None


def _hash_factory(digestmod):
    if digestmod is None or digestmod == "":
        raise TypeError("Missing required parameter 'digestmod'.")
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    return lambda data=b"": digestmod.new(data)


class HMAC:
    """An HMAC computation; `update` it with data, then read `digest()`."""

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        factory = _hash_factory(digestmod)
        self._inner = factory()
        self._outer = factory()
        self.digest_size = self._inner.digest_size
        self.block_size = self._inner.block_size
        if len(key) > self.block_size:
            key = factory(key).digest()
        key = bytes(key).ljust(self.block_size, b"\0")
        self._inner.update(bytes(b ^ 0x36 for b in key))
        self._outer.update(bytes(b ^ 0x5C for b in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = HMAC.__new__(HMAC)
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        return other

    def digest(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer.digest()

    def hexdigest(self):
        return self.digest().hex()


def new(key, msg=None, digestmod=""):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b, /):
    """Equality of two str (ASCII) or bytes values, taking time independent of where
    they differ."""
    if isinstance(a, str) and isinstance(b, str):
        try:
            a = a.encode("ascii")
            b = b.encode("ascii")
        except UnicodeEncodeError:
            raise TypeError("comparing strings with non-ASCII characters is not supported")
    elif not (isinstance(a, (bytes, bytearray)) and isinstance(b, (bytes, bytearray))):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
