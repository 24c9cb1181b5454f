"""Conversions between binary data and ASCII encodings (hex, base64) and the
CRC-32 and CRC-CCITT checksums."""

import _digest

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex", "b2a_base64",
           "a2b_base64", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


Error.__module__ = "binascii"


class Incomplete(Exception):
    pass


Incomplete.__module__ = "binascii"

_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = [-1] * 256
for _i, _c in enumerate(_B64_ALPHABET):
    _B64_VALUE[_c] = _i
del _i, _c
_HEX_DIGITS = frozenset(b"0123456789abcdefABCDEF")


def _ascii_data(data):
    """Bytes of an argument that may be ASCII text or a bytes-like object."""
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__)


def _binary_data(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Two hex digits per byte; with `sep`, a separator between every
    `bytes_per_sep` bytes (counted from the right when it is positive)."""
    data = _binary_data(data)
    text = data.hex()
    if sep is not None and data:
        if isinstance(sep, str):
            sep = sep.encode("ascii")
        if len(sep) != 1:
            raise ValueError("sep must be length 1.")
        sep = sep.decode("ascii")
        step = abs(bytes_per_sep) * 2 if bytes_per_sep else len(text)
        if bytes_per_sep > 0:
            first = len(text) % step or step
            groups = [text[:first]] + [text[i : i + step] for i in range(first, len(text), step)]
        else:
            groups = [text[i : i + step] for i in range(0, len(text), step)]
        text = sep.join(groups)
    return text.encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    for c in data:
        if c not in _HEX_DIGITS:
            raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    """Base64 text of `data`, ending in a newline unless newline=False."""
    data = _binary_data(data)
    out = []
    alphabet = _B64_ALPHABET
    full = len(data) - len(data) % 3
    for i in range(0, full, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(bytes((alphabet[n >> 18], alphabet[(n >> 12) & 63], alphabet[(n >> 6) & 63], alphabet[n & 63])))
    rest = len(data) - full
    if rest == 1:
        n = data[full] << 16
        out.append(bytes((alphabet[n >> 18], alphabet[(n >> 12) & 63])) + b"==")
    elif rest == 2:
        n = (data[full] << 16) | (data[full + 1] << 8)
        out.append(bytes((alphabet[n >> 18], alphabet[(n >> 12) & 63], alphabet[(n >> 6) & 63])) + b"=")
    if newline:
        out.append(b"\n")
    return b"".join(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode base64 text. Characters outside the alphabet are skipped (errors in
    strict mode), and decoding ends at the padding that completes a group."""
    data = _ascii_data(data)
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    quad = 0
    acc = 0
    pads = 0
    count = 0
    padding_started = False
    complete = False
    for i, c in enumerate(data):
        if c == 61:  # '='
            padding_started = True
            if strict_mode and quad == 0:
                raise Error("Excess padding not allowed")
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error("Excess data after padding")
                    complete = True
                    break
            continue
        v = _B64_VALUE[c]
        if v < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        count += 1
        acc = (acc << 6) | v
        quad += 1
        if quad == 4:
            out += bytes(((acc >> 16) & 255, (acc >> 8) & 255, acc & 255))
            quad = 0
            acc = 0
    if quad and not complete:
        if quad == 1:
            raise Error(
                "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than "
                "a multiple of 4" % count
            )
        raise Error("Incorrect padding")
    if quad == 2:
        out.append((acc >> 4) & 255)
    elif quad == 3:
        out += bytes(((acc >> 10) & 255, (acc >> 2) & 255))
    return bytes(out)


def crc32(data, crc=0, /):
    return _digest.crc32(_binary_data(data), crc)


def _hqx_table():
    table = []
    for i in range(256):
        v = i << 8
        for _ in range(8):
            v = ((v << 1) ^ 0x1021) if v & 0x8000 else (v << 1)
        table.append(v & 0xFFFF)
    return table


_HQX = _hqx_table()


def crc_hqx(data, crc, /):
    """CRC-CCITT (polynomial 0x1021) of `data`, continuing from `crc`."""
    crc &= 0xFFFF
    for b in _binary_data(data):
        crc = ((crc << 8) & 0xFF00) ^ _HQX[(crc >> 8) ^ b]
    return crc
