# Hand-written "dataclass"-style classes: __init__, __repr__, __eq__, __hash__, ordering.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)


class Employee:
    company = "Acme"

    def __init__(self, name, salary, tags=None):
        self.name = name
        self.salary = salary
        self.tags = list(tags) if tags is not None else []

    def __repr__(self):
        return "{}(name={!r}, salary={!r}, tags={!r})".format(
            type(self).__name__, self.name, self.salary, self.tags)

    def as_dict(self):
        return dict(self.__dict__)

    def replace(self, **changes):
        fields = self.as_dict()
        fields.update(changes)
        return type(self)(**fields)


p1 = Point(1, 2)
p2 = Point(1, 2)
p3 = Point(0, 5)
print(p1, p2, p3)
print(p1 == p2, p1 == p3, p1 != p3, p1 == (1, 2))
print(len({p1, p2, p3}))
print(sorted([p1, p3, Point(1, 0)]))
print(min([p1, p3]), max([p1, p3]))

e = Employee("Ann", 5000, ["dev", "lead"])
print(e)
print(e.as_dict())
e2 = e.replace(salary=6000)
print(e2)
print(e.salary, e2.salary, e2.company)
print(sorted(e.as_dict().keys()))
print(Employee("Bob", 10))
print(vars(Point(3, 4)))
print(hasattr(e, "name"), hasattr(e, "age"), getattr(e, "age", "n/a"))
setattr(e, "age", 40)
print(e.age, "age" in e.__dict__)
delattr(e, "age")
print(hasattr(e, "age"))
