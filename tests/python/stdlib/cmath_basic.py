# cmath: roots of quadratics, polar form, exp/log, and the predicates.
import cmath
import math


def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


print(roots(1, 2, 5), roots(1, -3, 2), roots(2, 0, 8))
for z in [4, -4, 2j, -2j, 3 + 4j, -3 - 4j, 0j, complex(-0.0, 0.0), 1e-310 + 1e-310j, 1e300 + 1e300j, -1]:
    print(z, cmath.sqrt(z))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(complex(-1, -0.0)))
print(cmath.polar(3 + 4j), cmath.polar(-2))
r, phi = cmath.polar(1 + 1j)
print(round(r, 12), round(phi, 12), cmath.rect(2, 0), cmath.rect(1, 0.0))
print(cmath.exp(0), cmath.exp(1), cmath.log(1), cmath.log(-1), cmath.log(100, 10), cmath.log10(1000))
print(cmath.isclose(cmath.exp(1j * math.pi), -1, abs_tol=1e-12))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)))
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
for f in ("sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"):
    v = getattr(cmath, f)(0.5 + 0.25j)
    print(f, round(v.real, 12), round(v.imag, 12))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    cmath.sqrt("x")
except TypeError as e:
    print("TypeError", e)
