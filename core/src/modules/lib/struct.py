"""Packing values into binary records and back: `pack`, `unpack`, `calcsize`, `Struct`.

The conversions themselves are native (`_struct`); this module adds offsets into
buffers, iteration over repeated records and the `Struct` class, which keeps a
parsed format for reuse.
"""

from _struct import error, calcsize as _calcsize, pack as _pack, unpack as _unpack

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


def calcsize(format, /):
    return _calcsize(format)


def pack(format, /, *values):
    return _pack(format, *values)


def unpack(format, buffer, /):
    return _unpack(format, buffer)


def _start(offset, length):
    """The absolute start of `offset` (negative counts from the end) in a buffer."""
    if offset < 0:
        if offset + length < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, length))
        offset += length
    return offset


def unpack_from(format, /, buffer, offset=0):
    size = _calcsize(format)
    length = len(buffer)
    start = _start(offset, length)
    if length - start < size:
        if offset < 0:
            raise error("not enough data to unpack %d bytes at offset %d" % (size, offset))
        raise error(
            "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
            "(actual buffer size is %d)" % (size + offset, size, offset, length)
        )
    return _unpack(format, bytes(buffer[start : start + size]))


def pack_into(format, buffer, offset, /, *values):
    data = _pack(format, *values)
    size = len(data)
    length = len(buffer)
    start = _start(offset, length)
    if length - start < size:
        if offset < 0:
            raise error("no space to pack %d bytes at offset %d" % (size, offset))
        raise error(
            "pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
            "(actual buffer size is %d)" % (size + offset, size, offset, length)
        )
    buffer[start : start + size] = data


def _records(format, size, buffer):
    data = bytes(buffer)
    for start in range(0, len(data), size):
        yield _unpack(format, data[start : start + size])


def iter_unpack(format, buffer, /):
    """An iterator unpacking consecutive records of `format` from `buffer`."""
    size = _calcsize(format)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    return _records(format, size, buffer)


class Struct:
    """A compiled format: `pack`/`unpack` without naming the format each time."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(format).__name__)
        self.size = _calcsize(format)
        self.format = format

    def pack(self, *values):
        return _pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return _unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
