class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        super(Square, self).__init__(side, side)
        self.name = "square"
class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
for s in [Rect(2, 3), Square(4), Circle(1)]:
    print(s)
class Base:
    @classmethod
    def create(cls):
        return cls.__name__
class Child(Base):
    @classmethod
    def create(cls):
        return "child of " + super().create()
print(Child.create())
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
d = Logged()
d["a"] = 1
print(d, isinstance(d, dict))
class MyList(list):
    def sum(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.sum(), len(m), type(m[1:]).__name__)
