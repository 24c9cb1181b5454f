class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs), max(vs), min(vs))
print(vs[1] == vs[4], vs[1] != vs[4], vs[0] > vs[1], vs[3] <= vs[3], vs[1] is vs[4])
print(len(set(vs)), Version("1.0") == "1.0", Version("1.0") != "1.0")
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
a, b = OnlyLt(1), OnlyLt(2)
print(a < b, b > a, sorted([b, a])[0].v)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
class Loud:
    def __eq__(self, o):
        print("Loud.__eq__ called")
        return True
print(Loud() == 1, 1 == Loud(), Loud() != 2)
print([Loud()].count(5), Loud() in [1])
class NoEq:
    pass
n = NoEq()
print(n == n, n == NoEq(), n != NoEq())
