# hashlib, hmac, zlib checksums: known digests, incremental updates, copies and errors.
import hashlib
import hmac
import zlib

data = b"The quick brown fox jumps over the lazy dog"
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    h = getattr(hashlib, name)(data)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(getattr(hashlib, name)().hexdigest())
    print(hashlib.new(name.upper(), data).digest() == h.digest())

h = hashlib.sha256()
h.update(b"The quick ")
c = h.copy()
h.update(b"brown fox jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), c.hexdigest() == hashlib.sha256(b"The quick ").hexdigest())
print(h.hexdigest() == h.hexdigest(), len(h.digest()))
h.update(bytearray(b"!"))
print(h.hexdigest() == hashlib.sha256(data + b"!").hexdigest())
print(hashlib.md5(b"a" * 100000).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256", "sha512"}))
for bad in (lambda: hashlib.md5("text"), lambda: hashlib.sha1().update("x"), lambda: hashlib.new("nope"),
            lambda: hashlib.sha256(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, dklen=30).hex())

# HMAC (RFC 4231 test case 2 and friends).
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha256").hexdigest())
print(hmac.new(b"key", b"msg", hashlib.md5).hexdigest())
print(hmac.digest(b"k" * 200, b"long key", "sha512").hex())
m = hmac.new(b"key", digestmod="sha1")
m.update(b"part1")
m2 = m.copy()
m.update(b"part2")
print(m.name, m.digest_size, m.hexdigest() == hmac.new(b"key", b"part1part2", "sha1").hexdigest(),
      m2.hexdigest() == hmac.new(b"key", b"part1", "sha1").hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("ab", "abc"))
for bad in (lambda: hmac.new(b"k"), lambda: hmac.new("k", digestmod="sha256"), lambda: hmac.compare_digest(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# zlib checksums.
print(zlib.crc32(data), zlib.crc32(b""), zlib.crc32(b"fox", zlib.crc32(b"quick brown ")) == zlib.crc32(b"quick brown fox"))
print(zlib.adler32(data), zlib.adler32(b""), zlib.adler32(b"x" * 100000), zlib.adler32(b"abc", 12345))
print(zlib.crc32(b"abc", -1), zlib.crc32(bytearray(b"abc")))
