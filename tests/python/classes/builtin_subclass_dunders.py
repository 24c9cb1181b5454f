# Dunders defined on subclasses of immutable builtins take precedence over the
# builtin operations; the ones not defined fall back to the builtin behaviour.


class Loud(str):
    def __add__(self, other):
        return Loud(str.__add__(self, other).upper())

    def __radd__(self, other):
        return Loud((other + str(self)).upper())

    def __getitem__(self, i):
        return "<" + str.__getitem__(self, i) + ">"

    def __len__(self):
        return 100

    def __iter__(self):
        return iter(["it"])

    def __contains__(self, x):
        return x == "magic"

    def __mul__(self, n):
        return "mul%d" % n

    def __mod__(self, args):
        return "mod"

    def __format__(self, spec):
        return "fmt[" + spec + "]"


s = Loud("ab")
print(s + "c", type(s + "c").__name__, "x" + s, s[0], len(s), list(s), "magic" in s, "a" in s)
print(s * 3, s % 1, f"{s}", f"{s:>4}", format(s, "q"), str(s), repr(s), s.upper())


class Vec(tuple):
    def __add__(self, o):
        return Vec(a + b for a, b in zip(self, o))

    def __mul__(self, k):
        return Vec(a * k for a in self)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-a for a in self)

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5

    def __bool__(self):
        return any(self)


v = Vec((3, 4))
print(v + (1, 1), v * 2, 2 * v, -v, abs(v), bool(Vec((0, 0))), bool(v), type(v * 2).__name__)


class Meters(float):
    def __add__(self, o):
        return Meters(float(self) + float(o))

    __radd__ = __add__

    def __sub__(self, o):
        return Meters(float(self) - float(o))

    def __repr__(self):
        return "%gm" % float(self)

    def __truediv__(self, o):
        return NotImplemented


m = Meters(1.5)
print(m + 1, 1 + m, m - 0.5, 2.0 + m, m * 2, type(m * 2).__name__, [m + m])
try:
    m / 2
except TypeError as e:
    print("TypeError:", e)


class Rev(int):
    def __radd__(self, o):
        return "radd(%r)" % (o,)

    def __rsub__(self, o):
        return "rsub(%r)" % (o,)

    def __lt__(self, o):
        return "lt"

    def __eq__(self, o):
        return "eq"

    __hash__ = int.__hash__


r = Rev(5)
print(1 + r, 10 - r, r + 1, r - 1, 1.5 + r, r < 3, 3 > r, r == 5, 5 == r, r != 5)
print(hash(r) == hash(5), {r: 1}.get(5), {5: 2}.get(r))


class Odd(int):
    def __bool__(self):
        return self % 2 == 1

    def __index__(self):
        return 0

    def __int__(self):
        return 99


print(bool(Odd(3)), bool(Odd(4)), not Odd(2), [1, 2][Odd(1)], int(Odd(5)), Odd(5) + 0)


class NoHash(str):
    def __eq__(self, o):
        return True


try:
    hash(NoHash("x"))
except TypeError as e:
    print("TypeError:", e)
print(NoHash("x") == "y", "y" == NoHash("x"), NoHash("x") != "y")


class Pct(bytes):
    def __str__(self):
        return "Pct!"


print(str(Pct(b"a")), "%s" % Pct(b"a"), repr(Pct(b"a")), Pct(b"%d") % 5, Pct(b"ab") + b"c")
