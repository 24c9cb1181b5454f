class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
class Named:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return f"<Named {self.n}>"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
p = Point(1, "two")
print(p, repr(p), str(p), [p], {"k": p}, (p,))
n = Named("x")
print(n, str(n), f"{n}", "%s" % n)
print(repr(n).startswith("<__main__.Named object at 0x"))
b = Both()
print(b, repr(b), [b], f"{b} {b!r}", "%s %r" % (b, b), str([b]))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(format(Fmt(), "abc"), f"{Fmt():>5}", "{:x}".format(Fmt()))
