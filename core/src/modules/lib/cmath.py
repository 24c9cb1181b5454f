"""Mathematical functions for complex numbers, written on top of math.

The square root follows the usual scaled algorithm (exact for perfect squares, right
signs of zero on the branch cut); the other functions use their textbook formulas in
terms of it, exp and log.
"""
import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
_TINY = 2.2250738585072014e-308  # the smallest normal float
nanj = complex(0.0, nan)


def _c(z):
    if isinstance(z, complex):
        return z
    if hasattr(type(z), "__complex__"):
        return complex(z)
    if isinstance(z, (int, float)) or hasattr(type(z), "__float__") or hasattr(type(z), "__index__"):
        return complex(float(z), 0.0)
    raise TypeError("must be real number, not %s" % type(z).__name__)


def phase(z):
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return abs(z), _m.atan2(z.imag, z.real)


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    if _m.isinf(r) and _m.isfinite(phi) and phi != 0.0:
        return complex(_m.copysign(inf, _m.cos(phi)) if r > 0 else -_m.copysign(inf, _m.cos(phi)),
                       _m.copysign(inf, _m.sin(phi)) if r > 0 else -_m.copysign(inf, _m.sin(phi)))
    if phi == 0.0:
        return complex(r, phi * r if _m.isfinite(r) else phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def sqrt(z):
    z = _c(z)
    x, y = z.real, z.imag
    if _m.isinf(y):
        return complex(inf, y)
    if _m.isnan(x) or _m.isnan(y):
        if _m.isinf(x):
            return complex(nan, inf) if x < 0 else complex(x, nan)
        return complex(nan, nan)
    if _m.isinf(x):
        if x > 0:
            return complex(x, _m.copysign(0.0, y))
        return complex(0.0, _m.copysign(inf, y))
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _TINY and ay < _TINY:
        # Subnormal inputs: scale up by 2**53 to keep precision, scale the root back.
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        # Divided by 8 first so that the hypotenuse cannot overflow.
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def exp(z):
    z = _c(z)
    if z.imag == 0.0:
        return complex(_m.exp(z.real), z.imag)
    r = _m.exp(z.real)
    return complex(r * _m.cos(z.imag), r * _m.sin(z.imag))


def log(z, base=None):
    z = _c(z)
    if z.real == 0.0 and z.imag == 0.0:
        raise ValueError("math domain error")
    r = complex(_m.log(_m.hypot(z.real, z.imag)), _m.atan2(z.imag, z.real))
    if base is None:
        return r
    return r / log(base)


def log10(z):
    r = log(z)
    return complex(r.real / _m.log(10.0), r.imag / _m.log(10.0))


def sin(z):
    z = _c(z)
    return complex(_m.sin(z.real) * _m.cosh(z.imag), _m.cos(z.real) * _m.sinh(z.imag))


def cos(z):
    z = _c(z)
    return complex(_m.cos(z.real) * _m.cosh(z.imag), -_m.sin(z.real) * _m.sinh(z.imag))


def tan(z):
    return sin(z) / cos(z)


def sinh(z):
    z = _c(z)
    return complex(_m.sinh(z.real) * _m.cos(z.imag), _m.cosh(z.real) * _m.sin(z.imag))


def cosh(z):
    z = _c(z)
    return complex(_m.cosh(z.real) * _m.cos(z.imag), _m.sinh(z.real) * _m.sin(z.imag))


def tanh(z):
    return sinh(z) / cosh(z)


def asin(z):
    z = _c(z)
    # asin(z) = -i * log(iz + sqrt(1 - z^2))
    w = log(complex(-z.imag, z.real) + sqrt(1 - z * z))
    return complex(w.imag, -w.real)


def acos(z):
    z = _c(z)
    return complex(pi / 2, 0.0) - asin(z)


def atan(z):
    z = _c(z)
    # atan(z) = i/2 * log((i + z) / (i - z))
    w = log((1j + z) / (1j - z))
    return complex(-w.imag / 2, w.real / 2)


def asinh(z):
    z = _c(z)
    return log(z + sqrt(z * z + 1))


def acosh(z):
    z = _c(z)
    return log(z + sqrt(z + 1) * sqrt(z - 1))


def atanh(z):
    z = _c(z)
    return (log(1 + z) - log(1 - z)) / 2


def isfinite(z):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    a, b = _c(a), _c(b)
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
