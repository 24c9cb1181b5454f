"""The checksums of `zlib` (`crc32`, `adler32`). Compression is not provided."""

import _digest


def _data(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def crc32(data, value=0, /):
    return _digest.crc32(_data(data), value)


def adler32(data, value=1, /):
    return _digest.adler32(_data(data), value)
