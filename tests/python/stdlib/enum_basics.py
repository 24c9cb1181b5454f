import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class C(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return self.name.lower()
print(C.RED, repr(C.RED), C(2), C['BLUE'], C.CRIMSON is C.RED, list(C), len(C))
print(C.RED.name, C.RED.value, C.RED.describe(), C.RED == C.RED, C.RED == 1, C.RED != C.GREEN)
print(C.__members__)
print(hash(C.RED) == hash("RED"), {C.RED: 1}[C.RED], isinstance(C.RED, C), type(C.RED), repr(C))
try: C(5)
except ValueError as e: print(e)
try: C["X"]
except KeyError as e: print(repr(e))
try: C.RED = 3
except AttributeError as e: print(e)
try:
    class D(C): X=3
except TypeError as e: print(e)
try: "x" in C
except TypeError as e: print(e)
print(C.RED in C, f"{C.RED}", "%s" % C.RED, f"{C.RED!r}")
class P(Flag):
    R=4; W=2; X=1
print(repr(P(0)), str(P(0)), repr(P(6)), str(P(6)), repr(~P.R), list(P(6)), P(6).name, P(0).name, bool(P(0)))
print(P.R | P.W, P.R in (P.R|P.W), P.X in (P.R|P.W), (P.R|P.W) & P.W)
class I(IntFlag):
    A=1; B=2
print(repr(I.A|I.B), str(I.A|I.B), I.A|4, repr(I.A|4), repr(I(8)), format(I.A), f"{I.A}")
class N(IntEnum):
    X=auto(); Y=auto()
print(repr(N.X), str(N.X), N.X+1, f"{N.Y}", N.X < N.Y, N(2), N.X == 1, [10,20,30][N.Y], sorted([N.Y, N.X]))
class S(StrEnum):
    A=auto(); B="bee"
print(repr(S.A), str(S.A), S.A == "a", f"{S.B}", S.B.upper())
class A(Enum):
    X = auto()
    Y = auto()
print(list(A), A.Y.value)
try:
    @unique
    class U(Enum):
        A=1; B=1
except ValueError as e: print(e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
class W(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v):
        return cls.A
print(W(99))
print(list(reversed(C)))
import json
print(json.dumps({"n": N.X, "s": S.B, "list": [N.Y]}))
print(N.X * 10, int(N.Y), N.Y in [2], N(1) is N.X, max(N), {N.X: "a"}[1])
class Ordered(Enum):
    C = 3
    A = 1
    B = 2
print([m.name for m in Ordered], Ordered.A.value, Ordered(3).name)
class Weekday(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    WEEKEND = 0
print(list(Weekday), Weekday.MON | Weekday.WED, Weekday.TUE.value, Weekday.WED.value)
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @property
    def label(self):
        return self.value.title()
    @classmethod
    def parse(cls, s):
        return cls(s.lower())
print(Status.parse("ACTIVE"), Status.ACTIVE.label, Status("inactive"))
print(Status.ACTIVE == Status.ACTIVE, Status.ACTIVE is Status("active"), sorted(Status, key=lambda s: s.value))
