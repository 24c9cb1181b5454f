# Operator overloading on a 2D/3D vector class.
import math


class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __repr__(self):
        return "Vector(" + ", ".join(repr(x) for x in self.c) + ")"

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __iter__(self):
        return iter(self.c)

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __pos__(self):
        return self

    def __abs__(self):
        return math.sqrt(sum(a * a for a in self))

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __hash__(self):
        return hash(self.c)

    def __bool__(self):
        return any(self.c)

    def __matmul__(self, other):
        a1, a2, a3 = self.c
        b1, b2, b3 = other.c
        return Vector(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)

    def __iadd__(self, other):
        self.c = tuple(a + b for a, b in zip(self, other))
        return self


v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w)
print(v / 2, -v, +v, abs(Vector(3, 4)))
print(v @ w, w @ v)
print(v == Vector(1, 2, 3), v != w, bool(Vector(0, 0)), bool(v))
print(len(v), v[0], v[-1], v[1:], list(v))
x, y, z = v
print(x, y, z)
u = v
u += w
print(u, v, u is v)
print({Vector(1, 1), Vector(1, 1), Vector(2, 2)} == {Vector(2, 2), Vector(1, 1)})
print(sum([Vector(1, 0), Vector(0, 1), Vector(2, 2)], Vector(0, 0)))
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
print(f"{abs(Vector(1, 1)):.6f}")
print(sorted([Vector(3, 4), Vector(1, 1), Vector(0, 2)], key=abs))
