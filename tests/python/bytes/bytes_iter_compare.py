data = [b"pear", b"apple", b"Banana", b"cherry"]
print(sorted(data), max(data), min(data, key=len))
print([c for c in b"az"], [chr(c) for c in b"hey"], sum(b"\x01\x02\x03"))
d = {b"k": 1, b"j": 2}
print(d[b"k"], b"j" in d, sorted(d))
print(b"ab" * 0, b"" == bytes(), bool(b""), bool(b"\x00"))
print(hash(b"abc") == hash(bytes([97, 98, 99])), b"abc" == bytearray(b"abc"))
print(bytearray(b"abc") + b"d", b"x" + bytearray(b"y"), type(b"x" + bytearray(b"y")).__name__)
