n = 0x12345678
be = n.to_bytes(4, "big")
le = n.to_bytes(4, "little")
print(be, le, int.from_bytes(be, "big"), int.from_bytes(le, "little"))
print(list(be), [hex(x) for x in le])
def checksum(data):
    s = 0
    for byte in data:
        s = (s + byte) & 0xFF
    return s
print(checksum(b"The quick brown fox"), checksum(bytes(range(256))))
def xor(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
enc = xor(b"secret message", b"key")
print(enc.hex(), xor(enc, b"key"))
text = "naïve café"
enc8 = text.encode("utf-8")
print(enc8, len(text), len(enc8), enc8.decode("utf-8") == text)
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print(bytes([x for x in range(65, 91)]).decode().lower())
print(ord(b"A"), chr(b"A"[0]), b"A"[0] + 1)
