# A hand-written Fraction class with full arithmetic and comparisons.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @classmethod
    def coerce(cls, x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return cls(x)
        return NotImplemented

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __add__(self, o):
        o = Frac.coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.coerce(o)
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Frac.coerce(o) - self

    def __mul__(self, o):
        o = Frac.coerce(o)
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.coerce(o)
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Frac.coerce(o) / self

    def __pow__(self, n):
        if n >= 0:
            return Frac(self.num ** n, self.den ** n)
        return Frac(self.den ** -n, self.num ** -n)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __eq__(self, o):
        o = Frac.coerce(o)
        if o is NotImplemented:
            return False
        return self.num == o.num and self.den == o.den

    def __lt__(self, o):
        o = Frac.coerce(o)
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __gt__(self, o):
        return not self <= o

    def __ge__(self, o):
        return not self < o

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)


a = Frac(1, 2)
b = Frac(3, 4)
print(a + b, a - b, a * b, a / b, a ** 3, b ** -2)
print(1 + a, 2 - a, 3 * b, 1 / b, -a, abs(Frac(-5, 10)))
print(repr(Frac(6, -8)), Frac(10, 5), Frac(0, 7))
print(a < b, a > b, a <= Frac(2, 4), a >= b, a == Frac(1, 2), a == 0.5)
print(float(b), int(Frac(7, 2)), int(Frac(-7, 2)))
total = Frac(0)
for k in range(1, 11):
    total += Frac(1, k * (k + 1))
print("telescoping sum:", total)
h = sum((Frac(1, n) for n in range(1, 8)), Frac(0))
print("H7 =", h, f"~ {float(h):.5f}")
print(sorted([Frac(2, 3), Frac(1, 3), Frac(5, 6), Frac(1, 2)]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
