# Enums mixed with str and int: value equality, hashing, formatting and json as in
# CPython 3.11.

import json
from enum import Enum, IntEnum, IntFlag, Flag, StrEnum, auto

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

class Weekday(int, Enum):
    MON = 1
    TUE = 2

class Prio(IntEnum):
    LOW = 1
    HIGH = 2

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

class Shape(Flag):
    CIRCLE = auto()
    SQUARE = auto()

class Mode(StrEnum):
    FAST = auto()
    SLOW = "slow"

print(Color.RED == "red", "red" == Color.RED, Color.RED, repr(Color.RED), str(Color.RED), f"{Color.RED}", Color.RED.value, Color("red"))
print(isinstance(Color.RED, str), Color.RED.upper(), len(Color.RED), Color.RED + "!", {"red": 1}[Color.RED], {Color.RED: 1}["red"])
print(json.dumps(Color.RED), json.dumps({Color.RED: Weekday.MON}), json.dumps([Prio.LOW, Mode.FAST]))
print(Weekday.MON == 1, Weekday.MON + 1, Weekday.TUE > Weekday.MON, Weekday.MON, repr(Weekday.MON), f"{Weekday.MON}", Weekday(2), sorted([Weekday.TUE, Weekday.MON]))
print(Prio.LOW, repr(Prio.HIGH), f"{Prio.HIGH}", Prio.LOW + 1, Prio.HIGH == 2, Prio(1), int(Prio.HIGH), [10, 20, 30][Prio.HIGH], "%d" % Prio.LOW, "%s" % Prio.LOW)
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R & 4, int(Perm.R | Perm.X), Perm(7), Perm.R in (Perm.R | Perm.W), bool(Perm(0)), f"{Perm.W}", str(Perm.R|Perm.W))
print(Shape.CIRCLE | Shape.SQUARE, repr(Shape.CIRCLE), Shape.SQUARE.value, list(Shape))
print(Mode.FAST, repr(Mode.FAST), Mode.FAST == "fast", f"{Mode.SLOW}", Mode("slow"), Mode.SLOW.upper())
print(list(Color), list(Weekday), Prio.__members__.keys(), hash(Prio.LOW) == hash(1), hash(Color.RED) == hash("red"))
print(Weekday.MON.name, Weekday.MON.value, type(Weekday.MON.value).__name__, type(Color.RED.value).__name__, type(Prio.LOW).__mro__)
print(max(Prio), Prio.LOW < Prio.HIGH, Prio.HIGH * 3, -Prio.HIGH, {Prio.LOW: "x"}[1])
print("{} {:>5}".format(Prio.LOW, Color.GREEN), "%s|%r" % (Color.GREEN, Color.GREEN), format(Prio.HIGH, "03d"))
