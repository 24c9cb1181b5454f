# Class hierarchy with properties, classmethods, staticmethods and super().
import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError("subclasses must implement area")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __str__(self):
        return f"<{type(self).__name__} {self.name}>"

    @staticmethod
    def unit():
        return "cm"

    @classmethod
    def created(cls):
        return f"{cls.__name__} count={Shape.count}"


class Rectangle(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self._w = w
        self._h = h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError("width must be positive")
        self._w = value

    def area(self):
        return self._w * self._h

    def perimeter(self):
        return 2 * (self._w + self._h)

    @classmethod
    def square(cls, side):
        return cls(side, side, name="square")


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "sq")

    def describe(self):
        base = super().describe()
        return base + " (a square)"


class Circle(Shape):
    def __init__(self, r):
        super(Circle, self).__init__("circle")
        self.r = r

    @property
    def diameter(self):
        return 2 * self.r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


shapes = [Rectangle(3, 4), Rectangle.square(5), Square(2), Circle(1.5)]
for s in shapes:
    print(s, s.describe())

print(Shape.count, Shape.unit(), Circle.unit(), shapes[0].unit())
print(Rectangle.created(), Circle.created())
r = shapes[0]
r.width = 10
print(r.width, r.area())
try:
    r.width = -1
except ValueError as exc:
    print("error:", exc)
print(shapes[3].diameter)
try:
    shapes[3].diameter = 4
except AttributeError as exc:
    print("AttributeError")
try:
    Shape("abstract").area()
except NotImplementedError as exc:
    print("NotImplementedError:", exc)
print(isinstance(shapes[2], Rectangle), issubclass(Square, Shape), issubclass(Circle, Rectangle))
print([type(s).__name__ for s in shapes])
print(Square.__mro__)
print(sorted(shapes, key=lambda s: s.area())[0])
total = sum(s.area() for s in shapes)
print(f"total area {total:.3f}")
