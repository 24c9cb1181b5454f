# Float repr uses the shortest round-tripping digits.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789.123, 1e-5, 1e-4,
          1.5e300, 2.5e-300, 3.0, 1 / 3, 2 / 3, 100.0, 1e22, 1e23, 0.000123, 12345.6789]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(float("1.5"), float("  -2.25 "), float("1e3"), float(7))
print(1e308 * 10, -1e308 * 10)
print(0.1 * 3, 0.3 == 0.1 * 3, abs(0.3 - 0.1 * 3) < 1e-9)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3))
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2)
print(divmod(7.5, 2))
print(2.0 ** 0.5, 10 ** 0.5, 4 ** 0.5)
print(int(3.99), int(-3.99), int(1e20))
print((0.5).is_integer(), (2.0).is_integer(), (2.5).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (3.0).hex())
print(1e-7, 1.0e-6, 5e-324)
print(3 * 1.1, 1.1 + 2.2)
print(f"{0.1:.20f}")
