# match statements: literal, capture, sequence, mapping, class, or/as patterns and guards.
def classify(v):
    match v:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative"
        case int() | float():
            return "number"
        case "":
            return "empty str"
        case str(s):
            return "str " + s
        case []:
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *_, last]:
            return f"long {first}..{last}"
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": kind, **rest}:
            return f"shape {kind} {sorted(rest)}"
        case {}:
            return "some mapping"
        case _:
            return "other " + type(v).__name__

for v in [None, True, False, 0, -3, 7, 2.5, "", "hi", [], (1,), [1, 2], range(5), (1, 2, 3, 4),
          {"kind": "circle", "r": 2}, {"kind": "sq", "w": 1, "h": 2}, {"x": 1}, {1, 2}, b"ab"]:
    print(repr(v), "->", classify(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x=0, z=z):
            return f"3d on yz plane z={z}"
        case Point(0, y) | Point(y, 0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point(x=px, y=py):
            return f"point {px},{py}"

for p in [Point(0, 0), Point(0, 4), Point(5, 0), Point(2, 2), Point(1, 3), Point3(0, 1, 2), Point3(1, 2, 3)]:
    print(where(p))

def run(cmds):
    stack = []
    for cmd in cmds:
        match cmd.split():
            case ["push", n]:
                stack.append(int(n))
            case ["pop"]:
                stack.pop()
            case ["add" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["dup", *times]:
                for _ in range(int(times[0]) if times else 1):
                    stack.append(stack[-1])
            case [bad, *args]:
                print("unknown", bad, args)
    return stack

print(run(["push 2", "push 3", "add", "dup", "mul", "dup 2", "frob 1 2", "pop"]))
match (1, (2, [3, 4])):
    case (a, (b, [c, d])):
        print(a + b + c + d)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
x = 5
match x:
    case 1:
        print("one")
print("after match, x =", x)
for i in range(3):
    match i:
        case 1:
            continue
        case _:
            pass
    print("loop", i)
def gen():
    for item in [("a", 1), ("b", 2)]:
        match item:
            case (k, v):
                yield k * v
print(list(gen()))
