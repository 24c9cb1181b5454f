a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]) and False, type(id(a)).__name__, id(a) > 0)
print(hash(42), hash(-7), hash(0), hash(True), hash(1.0), hash(2.5), hash(-1), hash(10 ** 20) == hash(10 ** 20))
print(hash("s") == hash("s"), hash((1, "a")) == hash((1, "a")), hash(frozenset([1])) == hash(frozenset([1])))
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
print(repr("a'b"), repr('a"b'), repr([1, "x", None]), repr({"k": (1,)}), repr(1.0), repr(b"\x01"), repr(set()), repr({1}))
print(str("s"), str(3), str(3.0), str([1, "x"]), str(b"b"), str(None), str(True), str(object)[:14])
print(repr(str), repr(int), repr(len), repr(None), repr(...), repr(NotImplemented))
print(ascii("naïve"), repr("naïve"))
