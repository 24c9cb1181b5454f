b = b"Hello, World"
print(b.lower(), b.swapcase(), b.center(16, b"*"), b.ljust(14, b"."), b.rjust(14), b.zfill(15))
print(b.partition(b", "), b.rpartition(b"o"), b.split(b"o", 1), b.rsplit(b"o", 1))
print(b.lstrip(b"H"), b.rstrip(b"dl"), b"line1\nline2".splitlines())
print(b.isupper(), b.islower(), b"  ".isspace(), b"Ab1".isalnum(), b"Title Case".istitle())
print(b.removeprefix(b"Hello"), b.removesuffix(b"World"), b.expandtabs())
print(bytes.maketrans(b"lo", b"01"), b.translate(bytes.maketrans(b"lo", b"01")))
print(b[2:8:2], b.count(b"o"), b.find(b"World", 3), b.index(b","))
