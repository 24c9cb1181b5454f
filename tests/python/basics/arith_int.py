# Integer arithmetic: floor division and modulo follow the sign of the divisor.
for a in (7, -7, 0, 13, -13):
    for b in (3, -3, 5):
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 10 ** -2)
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
print(-(-5), +5, ~5, ~-1, ~0)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3, -16 >> 2, -1 << 4)
print(abs(-12), abs(0), abs(12))
x = 17
x //= 4
print(x)
print(1_000_000 + 0x10 + 0o17 + 0b101)
print(int("  42  "), int("-0"), int("+17"))
print(round(7 / 3, 3))
