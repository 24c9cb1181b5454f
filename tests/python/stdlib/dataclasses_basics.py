from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, KW_ONLY, is_dataclass, make_dataclass
from typing import List, ClassVar


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p.x, p.y)
print(Point.__init__.__qualname__, Point.__match_args__, Point.__hash__)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9), Version(1, 0, "rc")]
print(sorted(vs), Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9))
print(hash(Version(1, 2)) == hash(Version(1, 2, "x")), {Version(1): "a"}[Version(1)])
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("frozen:", e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print("frozen:", e)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", init=False)
    total: ClassVar[int] = 0

    def __post_init__(self):
        Inventory.total += 1
        self.count = len(self.items)


a = Inventory("a")
b = Inventory("b", ["x", "y"])
a.items.append("z")
print(a, b, b.count, a.secret, Inventory.total, a.items is not b.items)
print([f.name for f in fields(Inventory)], fields(a)[1].default_factory is list)
print(asdict(b), astuple(b))
print(replace(b, name="c"))
try:
    replace(b, secret="x")
except ValueError as e:
    print(e)


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 10


print(Child(), Child(1, "x", 2.5), [f.name for f in fields(Child)])


@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.x *= scale


print(WithInit(3), WithInit(3, 10))


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2


print(KW(1, c=5), KW(0))


@dataclass(kw_only=True)
class AllKW:
    p: int
    q: int = 0


print(AllKW(p=1))
try:
    AllKW(1)
except TypeError as e:
    print(e)


@dataclass
class Nested:
    pts: List[Point]
    meta: dict


n = Nested([Point(1, 2), Point(3, 4)], {"k": Point(5, 6)})
print(asdict(n))
print(astuple(n))
print(is_dataclass(n), is_dataclass(Nested), is_dataclass(3))

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print(e)


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), hash(Ident(1)) is not None)


@dataclass(unsafe_hash=True)
class H:
    v: int


print(hash(H(5)) == hash((5,)))

C = make_dataclass("C", [("x", int), ("y", int, field(default=5))])
print(C(1), C(1, 2) == C(1, 2))


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))
