def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for x in [1.0, -0.1, 0.0, -0.0, 3.5, 1e300, 5e-324, 2.0 ** 52 + 1, float("inf"), float("-inf"), float("nan")]:
    t(f"hex({x!r})", lambda: x.hex())
    t(f"is_integer({x!r})", lambda: x.is_integer())
    t(f"ratio({x!r})", lambda: x.as_integer_ratio())
    t(f"round({x!r})", lambda: (x.__round__(), round(x, 1), round(x, -1)))
    t(f"floor/ceil/trunc({x!r})", lambda: (x.__floor__(), x.__ceil__(), x.__trunc__(), int(x)))
for s in ["0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.fffffffffffff8p1023", "0x1p1024", "inf", "-Infinity", "nan", " 0x.8 ", "1.8", "0x1.0000000000000801p0", "x", "0x", "0x1p", "0X1P+2"]:
    t(f"fromhex({s!r})", lambda: float.fromhex(s))
for x in [0.5, -2.75, 1e-300, 123456789.123]:
    print(float.fromhex(x.hex()) == x, x.conjugate(), x.real, x.imag)
print((2.5).__add__(1), (2.5).__radd__(1), (2.5).__sub__(1), (2.5).__rsub__(1), (2.5).__mul__(2), (2.5).__truediv__(2), (2.5).__rtruediv__(5))
print((7.5).__floordiv__(2), (7.5).__mod__(2), (7.5).__divmod__(2), (7.5).__rdivmod__(20), (2.0).__pow__(10), (2.0).__rpow__(3))
print((2.5).__add__("x"), float.__neg__(1.5), float.__abs__(-1.5), (0.0).__bool__(), (0.1).__bool__(), (1.5).__float__(), (1.5).__int__())
t("float floordiv zero", lambda: (1.0).__floordiv__(0.0))
t("round ndigits", lambda: (round(2.675, 2), round(1.5e300, -299), round(0.5), round(-0.5), round(1.23456, 3), round(123.456, -2), round(5e-324, 400)))
t("round overflow", lambda: round(1.7e308, -308))
t("round nan", lambda: round(float("nan")))
t("round nan nd", lambda: round(float("nan"), 2))
