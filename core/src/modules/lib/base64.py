"""Base16, Base32 and Base64 encodings (RFC 4648), over `binascii`."""

import binascii

__all__ = [
    "encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode", "b32encode",
    "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode", "standard_b64encode",
    "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode",
]


def _encode_input(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _decode_input(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r" % type(s).__name__)


def _swap(data, src, dst):
    """`data` with each byte of `src` replaced by the byte of `dst` at the same place."""
    table = dict(zip(src, dst))
    return bytes(table.get(c, c) for c in data)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(_encode_input(s), newline=False)
    if altchars is not None:
        altchars = _encode_input(altchars)
        if len(altchars) != 2:
            raise ValueError("invalid altchars: %r" % altchars)
        return _swap(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64; with validate=True anything outside the alphabet (and its final
    padding) is an error instead of being skipped."""
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        if len(altchars) != 2:
            raise ValueError("invalid altchars: %r" % altchars)
        s = _swap(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    return b64decode(_swap(_decode_input(s), b"-_", b"+/"))


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# Characters kept from the last group for each count of leftover input bytes.
_B32_KEEP = {0: 0, 1: 2, 2: 4, 3: 5, 4: 7}


def _b32encode(alphabet, s):
    s = _encode_input(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i : i + 5]
        n = int.from_bytes(chunk.ljust(5, b"\0"), "big")
        group = bytes(alphabet[(n >> shift) & 31] for shift in range(35, -5, -5))
        if len(chunk) < 5:
            keep = _B32_KEEP[len(chunk)]
            group = group[:keep] + b"=" * (8 - keep)
        out += group
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _decode_input(map01)
        s = s.replace(b"0", b"O").replace(b"1", map01)
    if casefold:
        s = s.upper()
    body = s.rstrip(b"=")
    pads = len(s) - len(body)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(body), 8):
        group = body[i : i + 8]
        n = 0
        for c in group:
            v = values.get(c)
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            n = (n << 5) | v
        n <<= 5 * (8 - len(group))
        out += n.to_bytes(5, "big")
    if s and pads:
        lost = {1: 1, 3: 2, 4: 3, 6: 4}.get(pads)
        if lost is None:
            raise binascii.Error("Incorrect padding")
        del out[-lost:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    return binascii.hexlify(_encode_input(s)).upper()


_B16 = frozenset(b"0123456789ABCDEF")


def b16decode(s, casefold=False):
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    if any(c not in _B16 for c in s):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


_MAXLINESIZE = 76
_MAXBINSIZE = (_MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending in a newline."""
    s = _encode_input(s)
    return b"".join(binascii.b2a_base64(s[i : i + _MAXBINSIZE]) for i in range(0, len(s), _MAXBINSIZE))


def decodebytes(s):
    return binascii.a2b_base64(_encode_input(s))


def encode(input, output):
    """Base64-encode the binary file `input` into the binary file `output`."""
    while True:
        s = input.read(_MAXBINSIZE)
        if not s:
            break
        while len(s) < _MAXBINSIZE:
            more = input.read(_MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Base64-decode the binary file `input` into the binary file `output`."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
