print(int("ff", 16), int("0xff", 16), int("777", 8), int("0b1011", 0), int("z", 36), int("0o17", 0), int("1_000"))
print((10).bit_length(), (-10).bit_length(), (0).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
print((7).conjugate() if hasattr(7, "conjugate") else 7, (5).real, (5).imag, (6).numerator, (6).denominator)
print(int(True), int(-2.7), int("-12"), int(b"42") if False else 42)
for bad in ["", "1.5", "abc", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
print(format(255, "x"), format(255, "#o"), format(1234567, ","), format(42, "08b"), format(-42, "+d"))
print(isinstance(10 ** 30, int), type(10 ** 30).__name__)
print((3).__add__(4), (3).__mul__(2), int.__name__)
print(int("  0042 "), int("-0x1F", 16))
print(1 if (2 ** 31) * 2 == 2 ** 32 else 0)
