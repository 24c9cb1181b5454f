ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba))
ba[1:3] = b"EY"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 65)
ba.reverse()
print(ba)
ba.remove(ord("A"))
print(ba, bytes(ba), ba.decode())
print(bytearray(4), bytearray([1, 2]), bytearray("xyz", "ascii"))
b2 = bytearray(b"abc")
b2 += b"def"
b2 *= 2
print(b2, b2.find(b"cd"), b2.upper(), b2.count(b"a"))
print(bytearray(b"a,b").split(b","), b2 == b"abcdefabcdef")
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
b3 = bytearray(b"x")
b3.clear()
print(b3, bytearray(b"zz").hex())
