data = "Grüße, 世界! 👋".encode("utf-8")
print(data, len(data), data.decode(), data.decode("utf-8")[::-1])
print("abc".encode("ascii"), "é".encode("latin-1"), b"caf\xc3\xa9".decode("utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("é".encode("ascii", errors="replace"), b"\xffab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"))
b = b"hello world"
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b[0], b[-1:], b[1:4], list(b[:3]))
print(b.hex(), bytes.fromhex("48 65 6c"), bytes(5), bytes([65, 66, 67]), bytes(range(3)), b"ab" * 3)
print(b.startswith(b"he"), b"x" in b, ord("A") in b, b.count(b"l"), b.strip(b"hd"), b"-".join([b"a", b"b"]))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba.decode(), bytes(ba), ba.pop(), ba)
del ba[1:3]
print(ba, ba.hex(), bytearray(3), bytearray.fromhex("ff00"))
checksum = 0
for byte in data:
    checksum = (checksum * 31 + byte) % 65521
print("checksum", checksum)
print([hex(x) for x in "A€".encode("utf-8")], "A€".encode("latin-1", "replace"))
print(repr(b"\x00\n\t\\'\""), repr(bytes([127, 128, 255])), str(b"q"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(bytes("xyz", "ascii"), b"%s=%d" % (b"k", 5), b"abc" < b"abd", b"" == bytes())
print(ord("é"), chr(233), chr(0x1F600), [ord(c) for c in "hi!"], "\u00e9" == "é", "\N{BULLET}")
print("ß".upper(), "İ".lower().encode(), "ﬁ".casefold(), len("e\u0301"), "straße".casefold() == "strasse")
s = "The quick brown fox"
encoded = "".join(chr((ord(ch) - 97 + 13) % 26 + 97) if ch.islower() else ch for ch in s)
print(encoded, s.encode().isascii(), "日本".isascii(), "١٢٣".isdigit(), "½".isnumeric(), "abc".isidentifier())
print(b"a,b,,c".split(b","), b"  x  ".strip(), b"abc".center(7, b"*"), b"ab".zfill(4), b"Hello".swapcase())
print(b"hello"[1:].title(), b"abc".isalpha(), b"123".isdigit(), b"a b".split(maxsplit=1), bytes.maketrans(b"ab", b"xy"))
