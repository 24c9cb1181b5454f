# base64 and binascii: encodings, alphabets, padding rules and errors.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], b"\xfb\xff\xfe"]
for s in samples:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s),
          base64.b16encode(s))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
print(base64.b64encode(b"\xfb\xff", altchars=b"*!"), base64.b64decode(b"+/+/", altchars=b"-_"), base64.b64decode("-_-_", b"-_"))
print(base64.b64decode("Zm9v\nYmFy"), base64.b64decode(b"Zm9vYg=="), base64.standard_b64decode("Zm9vYmE="))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01=b"L"), base64.b16decode("666f", casefold=True))
print(base64.encodebytes(bytes(range(100))), base64.decodebytes(base64.encodebytes(b"x" * 60)) == b"x" * 60)
for bad in (lambda: base64.b64decode(b"Zm9v!", validate=True), lambda: base64.b64decode(b"Zm9"),
            lambda: base64.b64decode("Zg=="), lambda: base64.b32decode(b"MZXW6"), lambda: base64.b32decode(b"MZXW6!=="),
            lambda: base64.b32decode(b"MZXW6YQ", casefold=True), lambda: base64.b32decode(b"M======="),
            lambda: base64.b16decode(b"666f"), lambda: base64.b16decode(b"6"), lambda: base64.b64encode("str"),
            lambda: base64.b64decode("é"), lambda: base64.b64decode(5), lambda: base64.b64decode(b"Z", validate=True)):
    try:
        print("ok", bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)

# binascii directly.
print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b"abc", "-"), binascii.hexlify(b"abcdef", b":", 2),
      binascii.hexlify(b"abcde", ":", -2), binascii.hexlify(b"abcde", ":", 2))
print(binascii.unhexlify(b"01abFF"), binascii.a2b_hex("6869"))
for bad in (b"abc", b"zz", "é", b"0 "):
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for text in (b"YWJj", b"YWJ", b"YW=j", b"Y", b"YWJjZA", b"YWJjZA=", b"!!YWJj", b"YWJj\n", "YWJj", b"YWJjZA==YQ==", b"YWJjZ"):
    try:
        print(text, binascii.a2b_base64(text))
    except binascii.Error as e:
        print(text, "Error", e)
for text in (b"YW=j", b"=YWJj", b"YWJjZA==YQ==", b"YW Jj", b"YQ==="):
    try:
        print(text, binascii.a2b_base64(text, strict_mode=True))
    except binascii.Error as e:
        print(text, "Error", e)
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False))
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"hello", 0),
      binascii.crc_hqx(b"123456789", 0xFFFF))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
