import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
gc.collect()
def make_cycles(n):
    for i in range(n):
        a, b = Node(f"a{i}"), Node(f"b{i}")
        a.other, b.other = b, a
make_cycles(50)
n = gc.collect()
print(type(n).__name__, n >= 100)
print(gc.collect() >= 0)
def self_cycle():
    lst = []
    lst.append(lst)
    d = {}
    d["me"] = d
for _ in range(10):
    self_cycle()
print(gc.collect() >= 20)
keep = Node("kept")
keep.other = keep
print(gc.collect() >= 0, keep.other.name)
