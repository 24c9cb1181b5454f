b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:2]))
print(b + b" world", b * 2, b"ell" in b, 104 in b, b.upper(), b.title())
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes.fromhex("de ad BE EF"))
print(b"abc".hex(), b"\x00\xff".hex(), b"a\tb\n\\'\"", repr(b"\x80q"))
print(b.find(b"l"), b.rfind(b"l"), b.count(b"l"), b.index(b"o"), b.startswith(b"he"), b.endswith(b"lo"))
print(b"a,b,c".split(b","), b" x y ".split(), b"-".join([b"a", b"b"]), b"  pad  ".strip())
print(b.replace(b"l", b"L"), b.decode(), b"caf\xc3\xa9".decode("utf-8"))
print(b"abc" < b"abd", b"abc" == b"abc", b"a" == "a")
print(b"%d-%s" % (5, b"x"), b"abc".isalpha(), b"123".isdigit())
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(bytes(b"copy"), type(b[0]).__name__, type(b[0:1]).__name__)
