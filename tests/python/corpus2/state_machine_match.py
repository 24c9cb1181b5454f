from enum import Enum


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"


TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
}


class InvalidTransition(Exception):
    pass


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(f"cannot {event!r} from {self.state.value}")
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old.name}->{self.state.name}")


m = Machine()
for ev in ["start", "pause", "start", "resume", "stop", "start"]:
    try:
        m.fire(ev)
    except InvalidTransition as e:
        print("error:", e)
print(m.log, m.state, m.state is State.STOPPED)


def handle(cmd):
    match cmd.split():
        case ["go", direction] if direction in ("north", "south"):
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return f"what is {cmd!r}?"


for c in ["go north", "go west", "take sword shield", "take", "quit", "exit", "", "dance now"]:
    print(handle(c))


def classify(obj):
    match obj:
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case str() as s if len(s) > 3:
            return "long string"
        case str():
            return "short string"
        case (x, y):
            return f"pair {x},{y}"
        case {"type": "point", "x": x, **rest}:
            return f"point x={x} rest={rest}"
        case [1, *others]:
            return f"starts with 1, then {others}"
        case State.IDLE:
            return "idle state"
        case None:
            return "none"
        case _:
            return "other"


for o in [0, -5, 3.5, "hello", "hi", (1, 2), {"type": "point", "x": 1, "y": 2}, [1, 2, 3], State.IDLE, None, {1}]:
    print(repr(o), "->", classify(o))


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"


print([where(Point(*c)) for c in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 7)]])
if (n := len(m.log)) > 2:
    print(f"log has {n} entries")
data = [3, 8, 1, 9]
while (item := data.pop()) != 8:
    print("popped", item)
print(data)
for i in range(3):
    if i == 5:
        break
else:
    print("loop finished without break")
k = 0
while k < 10:
    k += 3
else:
    print("while else", k)
