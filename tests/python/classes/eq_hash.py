class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): "first"}
d[Key(1, 2)] = "second"
print(len(d), d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(0, 0), Key(0, 0), Key(1, 0)}
print(len(s))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, {p: 1}[p])
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self.v == o.v
coll = {ConstHash(i) for i in range(50)}
print(len(coll), ConstHash(49) in coll, ConstHash(50) in coll)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0), {1: "a", 1.0: "b"})
