# bytes(): __bytes__, the encoding and errors arguments, and the other sources.
class P:
    def __bytes__(self):
        return b"pp"
class Bad:
    def __bytes__(self):
        return "no"
print(bytes(P()), bytes("héllo", "latin-1"), bytes("héllo", "utf-8"), bytes("h", encoding="ascii"))
print(bytes("hé", "ascii", "replace"))
try:
    bytes(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    bytes("x")
except TypeError as e:
    print("TypeError", e)
print(bytes(3), bytes([65, 66]), bytes(b"x"), bytes(bytearray(b"yz")))
