from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Optional
from collections import namedtuple


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(".")))


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


@dataclass
class Package:
    name: str
    version: Version
    deps: List[str] = field(default_factory=list)
    description: Optional[str] = None
    _internal: int = field(default=0, repr=False, compare=False)

    def __post_init__(self):
        self.name = self.name.lower()


versions = [Version.parse(s) for s in ["1.2.3", "1.10.0", "1.2", "0.9.9", "2"]]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
print(max(versions), Version(1, 2) < Version(1, 2, 1), Version(1) == Version(1, 0, 0))
p, q = Point(0, 0), Point(3, 4)
print(p, q, p.dist(q), hash(p) == hash(Point(0.0, 0.0)), {p, Point(0, 0)})
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
pkg = Package("Requests", Version(2, 31), ["urllib3", "idna"], _internal=5)
print(pkg)
print(asdict(pkg))
print(astuple(Version(1, 2, 3)), [f.name for f in fields(Package)])
pkg2 = replace(pkg, name="HTTPX", deps=[])
print(pkg2, pkg == pkg2, pkg == replace(pkg, _internal=9))
Employee = namedtuple("Employee", ["name", "role", "salary"])
staff = [Employee("ann", "dev", 100), Employee("bob", "ops", 90), Employee(name="cy", role="dev", salary=95)]
print(staff[0], staff[0].name, staff[0][2], staff[2]._asdict())
print(sorted(staff, key=lambda e: e.salary), staff[1]._replace(salary=99), Employee._fields)
name, role, salary = staff[0]
print(name, role, salary, len(staff[0]), staff[0] == ("ann", "dev", 100))
by_role = {}
for e in staff:
    by_role.setdefault(e.role, []).append(e.name)
print(by_role)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

    def add(self, *vals):
        for v in vals:
            self.children.append(Node(v))
        return self

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)


root = Node(1).add(2, 3)
root.children[0].add(4, 5)
for depth, val in root.walk():
    print("  " * depth + str(val))
print(sum(v for _, v in root.walk()), max(d for d, _ in root.walk()))
try:
    Version()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
print(Version.__eq__ is not object.__eq__, repr(Version(3)))
