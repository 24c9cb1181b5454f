import math
from functools import total_ordering


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.3f})"

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    __slots__ = ("w", "h")

    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


@total_ordering
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __bool__(self):
        return bool(self.x or self.y)


shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print(Shape.count, [s.name for s in shapes])
print(Rect(3, 4).perimeter)
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    r = Rect(1, 1)
    r.color = "red"
except AttributeError as e:
    print("AttributeError:", e)
v = Vec(3, 4)
w = Vec(1, -2)
print(v + w, v - w, v * 2, 3 * w, -v, abs(v))
print(v == Vec(3, 4), v != w, v > w, v <= w, sorted([v, w, Vec(0, 1)]))
print(len({v, Vec(3, 4), w}), list(v), bool(Vec(0, 0)), bool(w))
x, y = v
print(x, y, max(v, w), min([v, w], key=lambda p: p.y))
print(isinstance(Square(1), Rect), issubclass(Square, Shape), Square.__mro__[1].__name__)
print(hasattr(Rect(1, 2), "__dict__"), hasattr(Circle(1), "__dict__"))
print(round(math.sqrt(2), 4), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3))
