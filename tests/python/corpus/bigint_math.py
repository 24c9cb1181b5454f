# Big integer math: factorials, powers mod, gcd/lcm, digit sums, primes, RSA toy.
import math


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def modpow(base, exp, mod):
    result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


f100 = factorial(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)), f100 == math.factorial(100))
print(str(f100).rstrip("0")[-5:], len(str(f100)) - len(str(f100).rstrip("0")))
print(2 ** 256, (2 ** 256).bit_length(), -(2 ** 100) // 3, (2 ** 100) % 7)
print(modpow(3, 10 ** 18, 10 ** 9 + 7), pow(3, 10 ** 18, 10 ** 9 + 7))
print(pow(7, -1, 13), egcd(240, 46), math.gcd(2 ** 64, 6 ** 20), math.lcm(12, 18, 30) if hasattr(math, "lcm") else 180)
print([n for n in range(100) if is_prime(n)][-5:])
print(is_prime(2 ** 61 - 1), is_prime(2 ** 61 + 1), is_prime(1000000007))
p, q = 1000000007, 998244353
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
msg = 123456789
cipher = pow(msg, e, n)
print(n, d, cipher, pow(cipher, d, n) == msg)
big = 12345678901234567890123456789
print(big * big, big // 97, big % 97, divmod(big, 10 ** 10), -big >> 3, big << 5)
print(hex(big), oct(2 ** 70), bin(2 ** 20 + 1), int("ff" * 10, 16), int(str(big)[::-1]))
print(math.isqrt(10 ** 40), math.isqrt(2 * 10 ** 30), math.comb(50, 25), math.perm(10, 3))
print(sum(1 / factorial(k) for k in range(20)), float(2 ** 70), 10 ** 20 / 3, 2 ** 0.5)
print(abs(-(10 ** 30)), (10 ** 30) == 10.0 ** 30, 2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF, 3 ** 40 > 2 ** 63)
catalan = [math.comb(2 * k, k) // (k + 1) for k in range(15)]
print(catalan)
print(f"{2 ** 100:,}", f"{factorial(25):e}", f"{-(3 ** 50):x}")
