# Arbitrary precision integers.
a = 2 ** 100
print(a)
print(a + 1, a - 1, a * a)
print(a // 3, a % 3, -a // 7, -a % 7)
print(10 ** 30 // 10 ** 15)
print(2 ** 64 - 1, -(2 ** 63))
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20])
print((2 ** 70) >> 60, 1 << 100, (1 << 100) | 1, (2 ** 80 - 1) & 0xFFFF)
print(-(2 ** 70) >> 3)
print(2 ** 63 == 9223372036854775808, 2 ** 63 > 2 ** 62, -(2 ** 64) < 0)
print(hex(2 ** 72), bin(2 ** 65), oct(2 ** 66))
print(int("123456789012345678901234567890") * 3)
print(divmod(10 ** 25 + 7, 10 ** 12))
print(pow(3, 200, 10 ** 9 + 7))
print(abs(-(10 ** 20)), (10 ** 20).bit_length(), (255).bit_length())
print(float(2 ** 80))
print(9999999999999999999999 == 9999999999999999999999.0)
print(sum(range(10 ** 6)) * 10 ** 12)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2))
