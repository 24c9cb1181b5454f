# Enums with a mixed-in int or str defining __new__ or __init__, Flag and IntFlag
# operations, and the str subclass instances as keyword names.

from enum import Enum, IntEnum, Flag, IntFlag, auto

class Coin(int, Enum):
    PENNY = (1, "penny")
    NICKEL = (5, "nickel")

    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

print(Coin.PENNY, Coin.NICKEL.label, Coin.NICKEL + 1, Coin(5), Coin.PENNY == 1, sum(Coin), list(range(Coin.NICKEL)))

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)

class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged("v", "T")
print(t, t.tag, t + "!", type(t).__name__)

def f(**kw):
    return sorted(kw.items())
print(f(**{Tagged("a", 1): 1}))

class Level(IntEnum):
    LOW = 10
    HIGH = 20
print(Level.LOW < 15, Level.HIGH // 3, Level.LOW | 1, round(Level.HIGH / 3, 2), Level(20).name, Level["LOW"], Level.LOW.real, Level.LOW.bit_length())
print({Level.LOW: "a"}, str(Level.LOW), repr(Level.LOW), "%d and %s" % (Level.LOW, Level.HIGH), "{:x}".format(Level.HIGH))

class Color(str, Enum):
    RED = "r"
    BLUE = "b"
print(sorted([Color.BLUE, Color.RED]), Color.RED.startswith("r"), ",".join(Color), Color.RED in {"r", "x"}, Color("b").name)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, ~Perm.R, bool(Perm(0)), list(rw), len(rw))
class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, Bits.A | 8, Bits(3) & 1, ~Bits.A, isinstance(Bits.A, int), Bits.B << 1, hex(Bits.B))
try:
    class Both(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
