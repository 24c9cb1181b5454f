# struct: pack/unpack over byte orders and codes, sizes, Struct, offsets and errors.
import struct

for fmt in ("b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P", "e", "f", "d", "?", "c", "x",
            "<l", ">q", "=L", "!H", "@bi?hq", "<bi?hq", "3s2x4p", "qb", "bq", "i i", "0s", "10c"):
    print(fmt, struct.calcsize(fmt))

print(struct.pack("<hHiIqQ", -2, 65535, -3, 4000000000, -(1 << 63), (1 << 64) - 1))
print(struct.pack(">hHiIqQ", -2, 65535, -3, 4000000000, -(1 << 63), (1 << 64) - 1))
print(struct.unpack("<hHiIqQ", struct.pack("<hHiIqQ", -2, 65535, -3, 4000000000, -(1 << 63), (1 << 64) - 1)))
print(struct.unpack(">hHiIqQ", struct.pack(">hHiIqQ", -2, 65535, -3, 4000000000, -(1 << 63), (1 << 64) - 1)))
print(struct.pack("@bi?hq", 1, 2, True, 3, 4))
print(struct.unpack("@bi?hq", struct.pack("@bi?hq", -1, -2, 0, -3, -4)))
print(struct.pack("!I", 0xDEADBEEF), struct.pack("=I", 0xDEADBEEF), struct.pack("<bB", -1, 255))

# Floats, including half precision rounding, infinities and NaN.
for x in (1.5, -2.25, 1 / 3, 1e-6, 6e-8, 2.9e-8, 65504.0, 65519.0, float("inf"), float("-inf"), 0.0, -0.0):
    print(x, struct.pack("<e", x), struct.unpack("<e", struct.pack("<e", x)), struct.pack(">f", x),
          struct.unpack("<f", struct.pack("<f", x)), struct.pack("<d", x))
print(struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\x00\x7c"), struct.unpack("<f", b"\x00\x00\xc0\x7f"))
print(struct.pack("<e", float("nan")), struct.pack("<d", 3), struct.pack("f", 1e300))

# Strings, chars, bools and padding.
print(struct.pack("5s", b"ab"), struct.pack("3s", b"abcdef"), struct.pack("0s", b"x"))
print(struct.pack("5p", b"ab"), struct.pack("2p", b"abc"), struct.unpack("5p", b"\x09abcd"), struct.unpack("3p", b"\x01ab"))
print(struct.pack("3c", b"a", b"b", b"c"), struct.unpack("3c", b"abc"), struct.unpack("2s", bytearray(b"hi")))
print(struct.pack("??", 0, "x"), struct.unpack("2?", b"\x00\x05"), struct.pack("x2xb", 7))
print(struct.pack(b"<h", 1), struct.pack("<2h 3b", 1, 2, 3, 4, 5))


class Idx:
    def __index__(self):
        return 7


print(struct.pack("<i", Idx()), struct.pack("<i", True))

# Struct objects.
s = struct.Struct("<I2sh")
print(s.format, s.size)
packed = s.pack(1, b"xy", -1)
print(packed, s.unpack(packed))
buf = bytearray(12)
s.pack_into(buf, 2, 5, b"ab", 7)
struct.pack_into(">H", buf, -2, 0x1234)
print(buf, s.unpack_from(buf, 2), struct.unpack_from("<H", buf, -2), struct.unpack_from("<b", b"\x05\x06", 1))
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")), list(s.iter_unpack(packed * 2)))
print(struct.Struct(b"<q").format)

# Errors: struct.error (a subclass of Exception) with CPython's messages.
print(issubclass(struct.error, Exception), struct.error.__module__)
cases = [
    ("b", 200), ("B", -1), ("h", 1 << 20), ("H", -1), ("i", 1 << 40), ("I", -1), ("I", 1 << 40), ("l", 1 << 70),
    ("q", 1 << 70), ("Q", -1), ("<l", 1 << 40), ("<L", 1 << 40), (">h", 1 << 20), (">H", 1 << 17), (">H", -1),
    (">q", 1 << 70), ("b", "x"), ("f", "x"), ("c", b"ab"), ("s", 1), ("p", "x"), ("<i", 2.0), ("<i", None),
]
for fmt, v in cases:
    try:
        struct.pack(fmt, v)
        print(fmt, "packed")
    except struct.error as e:
        print(fmt, "error", e)
for fmt, v in (("e", 1e10), ("<e", 65520.0), ("<f", 1e300)):
    try:
        struct.pack(fmt, v)
    except OverflowError as e:
        print(fmt, "OverflowError", e)
for fmt in ("z", "3", "<n", "<P", ">N"):
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(repr(fmt), e)
for call in (lambda: struct.unpack("i", b"abc"), lambda: struct.unpack_from("i", b"abc", 1),
             lambda: struct.pack("ii", 1), lambda: struct.pack_into("i", bytearray(2), 0, 1),
             lambda: struct.unpack_from("i", b"abcdef", -10), lambda: struct.unpack_from("i", b"abcdef", -2),
             lambda: struct.pack_into("i", bytearray(8), 10, 1), lambda: struct.pack_into("i", bytearray(6), -2, 1),
             lambda: list(struct.iter_unpack("i", b"abcde")), lambda: struct.iter_unpack("0s", b"")):
    try:
        call()
    except struct.error as e:
        print("error", e)
try:
    struct.Struct(5)
except TypeError as e:
    print("TypeError", e)
