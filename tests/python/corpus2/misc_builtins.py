import sys
lst = [1, 2]
lst.append(lst)
print(lst, repr(lst))
d = {"a": 1}
d["self"] = d
print(d)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("hello"), sorted({3: 1, 1: 2}))
print(list(map(len, ["a", "bb", "ccc"])), list(map(pow, [2, 3], [3, 2])), list(zip(*[(1, "a"), (2, "b")])))
print(min("apple", "banana", key=len), max([], default="empty"), min(3, 1, 2), max("abc"))
print(sum([[1], [2, 3]], []), sum(range(101)), sum([0.5, 0.25], 1))
print(abs(-0.0), round(-0.5), round(0.125, 2), round(2.5e-5, 5), round(1e15 + 0.5))
print(isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), type(1) is int)
print(callable(len), callable(5), callable(lambda: 0), callable(type))
print(id(lst) == id(lst), hash("a") == hash("a"), hash(1.0) == hash(1), hash((1, 2)) == hash((1, 2)))
print(chr(97), ord("€"), bin(5)[2:].zfill(8), int("777", 8), int("z", 36), format(10, "x"))
print(list(enumerate("ab", 10)), dict(enumerate("xy")), list(reversed("abc")), "".join(reversed("abc")))
print(any([]), all([]), any([0, None, ""]), all([1, "a", [0]]))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, pow(-2, 3), pow(2, -2), 0 ** 0)
print(getattr(sys, "maxsize") > 2 ** 31, sys.maxsize == 2 ** 63 - 1, sys.version_info >= (3, 8), sys.version_info[0])
print(str(1e300 * 1e10), -1e300 * 1e10, 1e-320, 5e-324, 2.0 ** 1023 * 2 == float("inf"))
print(int(1e20), int(-2.5e3), float(2 ** 53 + 1), 10 ** 17 / 3, 1 / 3 * 3 == 1.0)
print("a" < "b" < "c", 1 < 2 > 0, [1, 2] == [1, 2] != [2], (1, 2) < (1, 2, 3), "Z" < "a")
x = [3, 1, 2]
y = x
y += [4]
print(x, x is y, x * 2, [x] * 2, x[::-1], x[-1:-3:-1])
t = (1,)
t2 = t + (2, 3)
print(t, t2, t2.index(3), t2.count(1), t2[1:], tuple("ab"), tuple(range(3)), () == tuple())
s = "hello world"
print(s[::2], s[-5:], s[:100], s.split("o"), s.replace("l", "L", 2), s * 2, "-" * 20)
print(f"{s!r:>20}|{s:.3}|{len(s):03d}", "%s|%r|%5.1f|%-4d|%x" % (s, s, 3.14159, 7, 255))
print(str(None), str([1, "a"]), str({"k": (1,)}), repr("it's"), repr('say "hi"'), repr("both ' \""))
print(repr("\n\t\\"), repr("é"), repr("\x00\x7f"), repr("日本"), ascii("日本"), "\u2603")
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(-1), bool(None), bool(range(0)))
print(list(range(5))[1:3], list(range(10, 0, -2)), sorted(range(5), reverse=True), len(range(0, 100, 7)))
n = 12345678901234567890
print(n * n, n // 7, n % 97, -n, n.bit_length(), str(n)[::-1], int(str(n)[::-1]), n > 1e19)
print(f"{n:,}", f"{n:.3e}", f"{-n:_x}", float(n), n == float(n), 2 ** 64 - 1)
import math
print(math.factorial(25), math.gcd(2 ** 40, 6 ** 20), math.lcm(12, 18), math.isqrt(10 ** 20))
print(math.floor(2.7), math.ceil(-2.7), math.trunc(2.7), math.sqrt(2) ** 2, math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.sin(math.pi / 2), round(math.cos(math.pi), 10), math.atan2(1, 1) * 4, math.degrees(math.pi), math.radians(180))
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1.0), math.nan == math.nan, math.modf(2.5), math.frexp(8.0))
