# Overriding __new__ in subclasses of immutable builtins (then __init__), tuple
# subclasses as records, complex and frozenset subclasses, and the errors of
# constructing a builtin-based instance the wrong way.

class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
    def __init__(self, v):
        self.orig = v
p = Pos(-5)
print(p, p.orig, type(p).__name__, p + 1)

class Upper(str):
    def __new__(cls, s):
        return str.__new__(cls, s.upper())
u = Upper("abc")
print(u, type(u).__name__, u.lower(), len(u))

class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pt = Point(1, 2)
print(pt, pt.x, pt.y, pt == (1, 2), len(pt), [pt], tuple(pt), list(pt), str(pt))
x, y = pt
print(x, y, pt[-1], pt[::-1], max(pt), sum(pt))

class Vec(tuple):
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))
    def __radd__(self, other):
        return "radd"
print(Vec((1, 2)) + (3, 4), type(Vec((1, 2)) + (3, 4)).__name__, (1, 2) + Vec((3, 4)))

class Money(int):
    def __radd__(self, other):
        return Money(int(self) + other + 100)
    def __add__(self, other):
        return Money(int(self) + int(other) + 1000)
    def __repr__(self):
        return f"Money({int(self)})"
print(1 + Money(2), Money(2) + 1, Money(1) + Money(2))

class CI(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
d = {CI("Hello"): 1}
print(CI("HELLO") in d, CI("Hello") == "hello", "hello" == CI("HELLO"), CI("a") != "A")
s = {CI("x"), CI("X")}
print(len(s))

class Temp(float):
    def __str__(self):
        return f"{float(self):.1f}C"
t = Temp(21.456)
print(t, str(t), repr(t), f"{t}", f"{t:.2f}", "%s" % t, "%.1f" % t, t * 2, t > 20)

class Flags(int):
    def __bool__(self):
        return True
print(bool(Flags(0)), bool(Pos(0)), not Pos(0))

class L(str):
    def __len__(self):
        return 42
print(len(L("ab")))

class MyBytes(bytes):
    def __new__(cls, n):
        return super().__new__(cls, b"x" * n)
mb = MyBytes(3)
print(mb, len(mb), type(mb).__name__, mb.upper())

class C(complex):
    pass
c = C(1, 2)
print(c, c.real, c.imag, c + 1, type(c).__name__, abs(C(3, 4)))
class Fr(frozenset):
    def tag(self):
        return "fr"
f = Fr([1, 2])
print(sorted(f), f.tag(), type(f).__name__, 1 in f, f | {3}, type(f | {3}).__name__)
print(isinstance(Pos(1), int), issubclass(Pos, int), Pos.__mro__)
try:
    class X(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(int.__new__(Pos, 7), type(int.__new__(Pos, 7)).__name__)
try:
    int.__new__(str, 1)
except TypeError as e:
    print(e)
print(Pos(3).real, Pos(3).numerator, Temp(2.5).is_integer(), Pos(10).bit_length(), Pos(3).__class__.__name__)
