import io
import sys

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
s.write("last")
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()), s.tell())
s.truncate(5)
print(repr(s.getvalue()))
s.seek(0, 2)
print(s.tell())

s2 = io.StringIO("a\nb\nc")
for line in s2:
    print(repr(line))
print(s2.read() == "")
with io.StringIO("ctx") as s3:
    print(s3.read(), s3.closed)
print(s3.closed)
try:
    s3.read()
except ValueError as e:
    print(e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)

b = io.BytesIO()
b.write(b"abc\n")
b.write(bytearray(b"def"))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.readline(), b.read(2), b.read())
b2 = io.BytesIO(b"x\ny\n")
print(list(b2), b2.readable(), b2.writable(), b2.seekable())
try:
    b2.write("str")
except TypeError as e:
    print(e)

old = sys.stdout
cap = io.StringIO()
sys.stdout = cap
print("captured", 1, 2, sep="-")
print("no newline", end="")
sys.stdout = old
print(repr(cap.getvalue()))
print("to file", file=cap)
print(repr(cap.getvalue()))
out = io.StringIO()
out.writelines(["a", "b", "c"])
print(out.getvalue())
