class Config:
    debug = False
    levels = []
    def __init__(self, name):
        self.name = name
a, b = Config("a"), Config("b")
a.debug = True
a.levels.append("shared!")
print(a.debug, b.debug, Config.debug, b.levels, Config.levels is a.levels)
Config.debug = "changed"
print(b.debug, a.debug)
print(sorted(k for k in vars(a)), sorted(k for k in a.__dict__), "name" in Config.__dict__)
print(getattr(a, "name"), getattr(a, "missing", "dflt"), hasattr(b, "levels"))
setattr(b, "extra", 5)
print(b.extra, vars(b))
del a.debug
print(a.debug)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)
print(s.x, hasattr(s, "__dict__"))
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
for _ in range(3):
    Counter()
print(Counter.instances)
print(Config.__name__, Config.__module__, a.__class__ is Config, Config.__doc__)
