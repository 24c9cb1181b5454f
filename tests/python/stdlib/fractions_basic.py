# fractions.Fraction and the numbers ABCs: construction, arithmetic, comparison, hashing.
from fractions import Fraction
import numbers
import math

print(Fraction(3, 4), Fraction(6, -8), repr(Fraction(5)), Fraction(), Fraction(Fraction(1, 3), Fraction(2, 5)))
for s in ["3/4", " -7/21 ", "1.25", "-0.5e2", "2e-3", "1_000/3", ".5", "5."]:
    print(repr(s), repr(Fraction(s)))
print(Fraction(0.1), Fraction.from_float(2.5), Fraction(0.1).limit_denominator(100), Fraction(math.pi).limit_denominator(1000))
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(Fraction(7, 2), Fraction(2, 3)), -a, +a, abs(-a))
print(a + 1, 1 + a, a * 3, 2 - a, 1 / a, a ** 2, a ** -2, Fraction(-2, 3) ** -3, 4 ** Fraction(1, 2), Fraction(4) ** Fraction(1, 2))
print(a + 0.5, 0.5 + a, a * 1j, a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2)
print(a < b, a > 0.3, a <= Fraction(1, 3), sorted([Fraction(1, 2), 0.25, 1, Fraction(1, 3)]))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), hash(Fraction(1, 3)), hash(Fraction(-5, 7)))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), int(Fraction(-7, 2)), math.trunc(Fraction(7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1234, 100), 1), round(Fraction(1234, 1), -2), float(Fraction(1, 8)))
print(Fraction(3, 4).as_integer_ratio(), Fraction(3, 4).numerator, Fraction(3, 4).denominator, bool(Fraction(0)), str(Fraction(-3, 1)))
print(sum([Fraction(1, n) for n in range(1, 7)]))
for bad in [lambda: Fraction(1, 0), lambda: Fraction("x/2"), lambda: Fraction(1.5, 2), lambda: Fraction(1) / 0,
            lambda: Fraction([1]), lambda: Fraction(float("nan"))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(3, numbers.Integral), isinstance(3.0, numbers.Real), isinstance(3.0, numbers.Rational),
      isinstance(1j, numbers.Complex), isinstance(Fraction(1), numbers.Rational), isinstance("3", numbers.Number),
      issubclass(bool, numbers.Number), isinstance(Fraction(1, 2), numbers.Integral))
