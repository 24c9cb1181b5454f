# An inventory system and a traffic-light / vending state machine simulation.


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, name, qty, price):
        entry = self.items.setdefault(name, {"qty": 0, "price": price})
        entry["qty"] += qty
        entry["price"] = price
        self.log.append(("add", name, qty))

    def remove(self, name, qty):
        entry = self.items.get(name)
        if entry is None or entry["qty"] < qty:
            have = entry["qty"] if entry else 0
            raise OutOfStock(f"{name}: wanted {qty}, have {have}")
        entry["qty"] -= qty
        if entry["qty"] == 0:
            del self.items[name]
        self.log.append(("remove", name, qty))

    def value(self):
        return sum(e["qty"] * e["price"] for e in self.items.values())

    def report(self):
        lines = [f"{'item':<8}{'qty':>5}{'price':>8}"]
        for name in sorted(self.items):
            e = self.items[name]
            lines.append(f"{name:<8}{e['qty']:>5}{e['price']:>8.2f}")
        lines.append(f"{'value':<8}{self.value():>13.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add("apple", 10, 0.5)
inv.add("pear", 4, 0.75)
inv.add("melon", 2, 3.2)
inv.add("apple", 5, 0.55)
inv.remove("pear", 4)
for name, q in [("apple", 3), ("melon", 5), ("kiwi", 1)]:
    try:
        inv.remove(name, q)
    except OutOfStock as e:
        print("OutOfStock:", e)
print(inv.report())
print(inv.log)

TRANSITIONS = {
    ("idle", "coin"): "paid",
    ("paid", "coin"): "paid",
    ("paid", "select"): "vending",
    ("vending", "done"): "idle",
    ("paid", "refund"): "idle",
}


class Machine:
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.history = [self.state]

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            return f"ignored {event} in {self.state}"
        if event == "coin":
            self.credit += 25
        elif event in ("refund", "done"):
            self.credit = 0
        self.state = TRANSITIONS[key]
        self.history.append(self.state)
        return f"{event} -> {self.state} (credit {self.credit})"


m = Machine()
for ev in ["select", "coin", "coin", "select", "coin", "done", "coin", "refund"]:
    print(m.fire(ev))
print(m.history)
visits = {}
for s in m.history:
    visits[s] = visits.get(s, 0) + 1
print(sorted(visits.items(), key=lambda kv: (-kv[1], kv[0])))
light = ["green", "yellow", "red"]
durations = {"green": 3, "yellow": 1, "red": 2}
timeline = []
state = 0
for tick in range(12):
    timeline.append(light[state][0].upper())
    durations_left = durations[light[state]] - sum(1 for x in timeline[::-1] if x == light[state][0].upper())
    if timeline[-durations[light[state]]:] == [light[state][0].upper()] * durations[light[state]]:
        state = (state + 1) % 3
print("".join(timeline))
