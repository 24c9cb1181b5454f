# Float arithmetic, rounding and formatting: repr, str, format specs, special values.
import math

values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-10, 1.5e300, 123456.789, -0.0, 100.0, 1e16, 1e22, 5e-324]
for v in values:
    print(repr(v), str(v), f"{v:.3f}", f"{v:.4g}", f"{v:e}")
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, math.isclose(0.1 + 0.2, 0.3))
print(round(2.5), round(3.5), round(-2.5), round(1.2345, 2), round(1234.5, -2), round(0.1 + 0.2, 10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), int(2.9), int(-2.9))
print(7.0 // 2, -7.0 // 2, 7.0 % 3, -7.0 % 3, 7 % -3.0, divmod(7.5, 2))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf > 1e308, nan == nan, math.isnan(nan), math.isinf(-inf), inf - inf)
print(float("1e5"), float(" 2.5 "), float("-0"), float(7), 3 / 2, 4 / 2, 2 ** -1, 10 ** -3)
print(math.sqrt(2), math.pi, math.e, math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi))
print(sum([0.1] * 10), math.fsum([0.1] * 10), 1.1 * 3, 3.3 / 1.1)
print((1.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), float.fromhex("0x1.8p1"), (3.5).hex())
print(f"{math.pi:10.4f}|{math.pi:<10.2f}|{math.pi:^10.1f}|{-math.pi:+.3f}|{math.pi:010.3f}")
print(f"{1234567.891:,.2f} {0.000012345:.2e} {12345.6789:.0f} {0.5:.0f} {1.5:.0f}")
temps_c = [-40, 0, 37, 100]
for c in temps_c:
    f = c * 9 / 5 + 32
    print(f"{c:>5}C = {f:>6.1f}F")


def mean(xs):
    return sum(xs) / len(xs)


def stdev(xs):
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


data = [2.5, 3.1, 4.7, 1.9, 3.3, 5.0, 2.2]
print(f"mean={mean(data):.4f} stdev={stdev(data):.4f} min={min(data)} max={max(data)}")
print(sorted(data), sorted(data)[len(data) // 2])
x = 1.0
for _ in range(5):
    x = x - (x * x - 2) / (2 * x)
    print(f"{x:.15f}")
print(1e308 * 10, -1e308 * 10, 2.0 ** 0.5 * 2.0 ** 0.5, 9007199254740993.0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
