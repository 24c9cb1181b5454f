def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for n in [0, 1, -1, 255, -256, 2 ** 64, -(2 ** 100) + 1, True]:
    t(f"bits {n}", lambda: (n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator))
    t(f"dunders {n}", lambda: (n.__index__(), n.__int__(), n.__float__(), n.__round__(), n.__round__(-1), n.__trunc__(), n.__floor__(), n.__ceil__(), n.__abs__(), n.__neg__(), n.__pos__(), n.__invert__(), n.__bool__()))
for n, length, order, signed in [(1024, 2, "big", False), (1024, 2, "little", False), (0, 0, "big", False), (-1, 1, "big", True), (127, 1, "big", True), (128, 1, "big", True), (-128, 1, "big", True), (-129, 2, "little", True), (255, 1, "big", False), (256, 1, "big", False), (-5, 2, "big", False), (2 ** 64, 9, "big", False), (1, 2, "middle", False), (1, -1, "big", False)]:
    t(f"to_bytes {n} {length} {order} {signed}", lambda: n.to_bytes(length, order, signed=signed))
t("to_bytes default", lambda: ((5).to_bytes(), (5).to_bytes(length=2, byteorder="little")))
for b, order, signed in [(b"\x01\x00", "big", False), (b"\x01\x00", "little", False), (b"\xff\xff", "big", True), (b"\xff\xff", "big", False), (b"", "big", True), (b"\x80", "little", True), ([1, 2, 3], "big", False)]:
    t(f"from_bytes {b!r} {order} {signed}", lambda: int.from_bytes(b, order, signed=signed))
t("from_bytes bad", lambda: int.from_bytes([256], "big"))
t("bool.from_bytes", lambda: (bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big")))
print((3).__add__(4), (3).__radd__(4), (3).__sub__(10), (3).__rsub__(10), (6).__mul__(7), (7).__truediv__(2), (7).__floordiv__(2), (7).__mod__(3))
print((7).__divmod__(-2), (7).__rdivmod__(100), (2).__pow__(10), (2).__pow__(10, 1000), (2).__rpow__(3), (1).__lshift__(70), (1).__rlshift__(3), (256).__rshift__(4))
print((12).__and__(10), (12).__or__(3), (12).__xor__(5), (12).__rand__(10), (3).__add__(1.5), (3).__mul__("ab"), int.__add__(1, True))
t("int truediv zero", lambda: (1).__truediv__(0))
t("round int", lambda: (round(15, -1), round(25, -1), round(-15, -1), round(149, -2), round(150, -2), round(250, -2), round(10 ** 20 + 5, -1), round(7, -5), round(7, 2), round(7, -400), round(True)))


class Num:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return f"radd {other}"

    def __rdivmod__(self, other):
        return f"rdivmod {other}"

    def __rpow__(self, other):
        return f"rpow {other}"

    def __round__(self, nd=None):
        return f"round {nd}"

    def __index__(self):
        return self.v


print(1 + Num(1), divmod(5, Num(1)), 2 ** Num(1), round(Num(1)), round(Num(1), 3), hex(Num(255)), bin(Num(5)), oct(Num(8)), [0, 1, 2][Num(1)])
t("hex float", lambda: hex(1.5))
t("divmod str", lambda: divmod("a", 1))
t("divmod zero", lambda: (divmod(1, 0)))
t("divmod float zero", lambda: (divmod(1.0, 0)))
t("divmod mixed", lambda: (divmod(7, 2.5), divmod(-7.5, 2), divmod(2 ** 70, 3), divmod(-(2 ** 70), 7)))
t("pow kw", lambda: (pow(base=2, exp=5), pow(2, 5, mod=3), pow(2, -1, 5), pow(2, 3, None)))
t("pow noninvertible", lambda: pow(2, -1, 4))
t("pow 0 neg", lambda: pow(0, -1))
t("pow 0.0 neg", lambda: pow(0.0, -1))
t("abs big", lambda: (abs(-(10 ** 30)), abs(False), abs(-0.0), abs(complex(3, 4))))
t("abs str", lambda: abs("x"))
t("round str", lambda: round("x"))
t("round kw", lambda: (round(number=2.567, ndigits=2), round(2.5, None)))
t("round bad kw", lambda: round(1, x=2))
t("round missing", lambda: round(x=1))
t("chr big", lambda: chr(2 ** 70))
t("chr neg", lambda: chr(-1))
t("ord bytes", lambda: (ord(b"a"), ord(b"z")))
t("ord int", lambda: ord(1))
t("ord long", lambda: ord("abc"))
t("format", lambda: (format(3.14159, ".2f"), format(255, "#x"), format("s", ">4"), format(True), format(None), format(12345.678, ",.1f")))
t("format spec type", lambda: format(1, 2))
