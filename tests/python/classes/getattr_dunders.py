class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.real, d.auto_thing, getattr(d, "auto_x"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = 2
del r.a
print(r.log, r.b)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, "_target"), name)
p = Proxy([3, 1, 2])
print(p.secret, p.count(1), p.index(2))
class Foo:
    pass
try:
    Foo().x
except AttributeError as e:
    print("AttributeError:", e)
try:
    Foo.y
except AttributeError as e:
    print("AttributeError:", e)
