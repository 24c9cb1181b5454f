z = complex(3, 4)
print(z, abs(z), z.real, z.imag, z * z, z / 2, z ** 2, z == 3+4j, -z, +z, z - 1, 2 - z)
print(repr(1j), 1j * 1j, (1+0j), complex(0, -1), hash(1+0j) == hash(1), str(2.5-1j), format(z, ".2f"), f"{z}")
print(pow(1j, 2), z.conjugate(), complex(2), bool(0j), 0j == 0)
import math
print(hash(2+3j), hash(-1.5j), hash(complex(0.5, 7)), {1+0j: "a"}[1])
for s in ["1+2j", " (3-4J) ", "j", "-j", "2.5", "1e3+1e-3j", "-1.5e+2-3j", "+1j", "inf+nanj"]:
    print(s, complex(s))
for bad in ["", "1+", "j1", "1 + 2j", "abc"]:
    try: complex(bad)
    except ValueError as e: print(repr(bad), e)
print(complex(1j, 1j), complex(real=2, imag=3), complex(2, -0.0), (1+2j).conjugate(), (3).conjugate())
try: complex("1", 2)
except TypeError as e: print(e)
try: complex([])
except TypeError as e: print(e)
z = 3.14159-2.5j
for spec in ["", ".2f", "10.1f", "<20.3e", "^25", "+.1f", ".3", "g", "*>30.2f", "20", "+"]:
    print(repr(spec), "|" + format(z, spec) + "|", "|" + format(2j, spec) + "|", "|" + format(-1+0j, spec) + "|")


def roots(a, b, c):
    d = b * b - 4 * a * c
    sq = d ** 0.5
    return (-b + sq) / (2 * a), (-b - sq) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8), (1, 2, 1)]:
    r1, r2 = roots(*coeffs)
    kind = "complex" if isinstance(r1, complex) else "real"
    print(coeffs, kind, r1, r2, f"{r1:.3f}", abs(r1 - r2) < 1e-12)
print((-8) ** (1 / 3), (-4.0) ** 0.5, 2 ** 0.5j)
