import math


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for name in ["exp", "expm1", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc",
             "gamma", "lgamma", "sqrt", "cbrt", "exp2", "fabs", "degrees", "radians"]:
    f = getattr(math, name)
    for x in [0.5, 2, -0.75, 1e-10, 30.0, 0, -3, math.inf, -math.inf]:
        t(f"{name}({x})", lambda: f(x))
for x in [1, 2.5, 10 ** 400, 0, -1, 0.1, math.inf]:
    t(f"log({x})", lambda: math.log(x))
    t(f"log2({x})", lambda: math.log2(x))
    t(f"log10({x})", lambda: math.log10(x))
t("log base", lambda: math.log(100, 10))
t("log base 1", lambda: math.log(2, 1))
t("log args", lambda: math.log())
for x, y in [(2, 10), (0, -1), (-1, 0.5), (10, 400), (math.inf, -2), (math.nan, 0), (1, math.nan), (-2, 3), (0.5, math.inf)]:
    t(f"pow({x}, {y})", lambda: math.pow(x, y))
for x, y in [(7, 3), (-7, 3), (7, -3), (1, 0), (math.inf, 2), (3, math.inf), (5.5, 2)]:
    t(f"fmod({x}, {y})", lambda: math.fmod(x, y))
    t(f"remainder({x}, {y})", lambda: math.remainder(x, y))
    t(f"atan2({x}, {y})", lambda: math.atan2(x, y))
    t(f"copysign({x}, {y})", lambda: math.copysign(x, -y))
for x in [3.7, -3.7, 5, 2 ** 70, -0.0, math.inf, math.nan]:
    t(f"floor({x})", lambda: math.floor(x))
    t(f"ceil({x})", lambda: math.ceil(x))
    t(f"trunc({x})", lambda: math.trunc(x))
    t(f"modf({x})", lambda: math.modf(x))
    t(f"frexp({x})", lambda: math.frexp(x))
for x, i in [(0.5, 3), (1.0, 1024), (1.0, -1074), (1.0, -1080), (3.0, -1073), (-2.5, 10 ** 30), (1.5, -10 ** 30), (0.0, 10 ** 30)]:
    t(f"ldexp({x}, {i})", lambda: math.ldexp(x, i))
t("ldexp float", lambda: math.ldexp(1.0, 2.0))
t("frexp tiny", lambda: math.frexp(5e-324))
t("hypot", lambda: (math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320)))
t("hypot inf nan", lambda: (math.hypot(math.inf, math.nan), math.hypot(math.nan, 1)))
t("dist", lambda: (math.dist((1, 2, 3), (4, 6, 3)), math.dist([0.1], [0.3])))
t("dist bad", lambda: math.dist((1, 2), (1,)))
t("fsum", lambda: (math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1e-16, 1, 1e16]), math.fsum(range(10)), math.fsum([])))
t("fsum inf", lambda: math.fsum([math.inf, 1.0]))
t("fsum inf-inf", lambda: math.fsum([math.inf, -math.inf]))
t("fsum overflow", lambda: math.fsum([1e308, 1e308]))
t("fsum str", lambda: math.fsum(["a"]))
t("isclose", lambda: (math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(1, 2, rel_tol=0.5)))
t("isclose neg", lambda: math.isclose(1, 1, rel_tol=-1))
t("factorial", lambda: [math.factorial(n) for n in range(8)] + [math.factorial(30)])
t("factorial neg", lambda: math.factorial(-3))
t("factorial float", lambda: math.factorial(3.0))
t("gcd lcm", lambda: (math.gcd(), math.gcd(12), math.gcd(-12, 18, 27), math.gcd(0, 0), math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6)))
t("comb perm", lambda: (math.comb(52, 5), math.comb(5, 7), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(3, 5), math.perm(10, None)))
t("comb neg", lambda: math.comb(-1, 2))
t("perm neg k", lambda: math.perm(5, -1))
t("isqrt", lambda: (math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 5), math.isqrt(True)))
t("isqrt neg", lambda: math.isqrt(-1))
t("prod", lambda: (math.prod([]), math.prod(range(1, 6)), math.prod([2, 3.5]), math.prod([[1], 2][::-1]), math.prod([2, 3], start=10)))
t("nextafter ulp", lambda: (math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(2.0, 2.0), math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(math.inf), math.ulp(1.7976931348623157e308)))
t("sqrt str", lambda: math.sqrt("4"))
t("sqrt args", lambda: math.sqrt(1, 2))
t("pow args", lambda: math.pow(1))
t("sqrt bigint", lambda: math.sqrt(10 ** 400))


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 7


class Fl:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"


t("dunder float", lambda: (math.sqrt(F()), math.sqrt(I()), math.factorial(I()), math.floor(F()), math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl())))
t("trunc str", lambda: math.trunc("x"))
t("floor str", lambda: math.floor("x"))
print(math.pi, math.e, math.tau, math.inf, math.nan)
