class TrafficLight:
    TRANSITIONS = {
        ("red", "timer"): "green",
        ("green", "timer"): "yellow",
        ("yellow", "timer"): "red",
        ("red", "emergency"): "red",
        ("green", "emergency"): "red",
        ("yellow", "emergency"): "red",
    }
    def __init__(self):
        self.state = "red"
        self.history = [self.state]
        self.listeners = []
    def on_change(self, fn):
        self.listeners.append(fn)
        return fn
    def send(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise ValueError(f"invalid event {event!r} in state {self.state!r}")
        old, self.state = self.state, self.TRANSITIONS[key]
        self.history.append(self.state)
        for fn in self.listeners:
            fn(old, self.state, event)
light = TrafficLight()
@light.on_change
def log(old, new, event):
    if old != new:
        print(f"{old:>6} --{event}--> {new}")
for ev in ["timer", "timer", "emergency", "timer", "timer", "timer", "emergency"]:
    light.send(ev)
try:
    light.send("honk")
except ValueError as e:
    print("ValueError:", e)
print(light.history)
counts = {}
for s in light.history:
    counts[s] = counts.get(s, 0) + 1
print(counts)
