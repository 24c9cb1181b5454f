class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.created_by, type(WithMeta).__name__)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())
class Tracked:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Tracked.subclasses.append(cls.__name__)
class T1(Tracked): pass
class T2(Tracked): pass
print(Tracked.subclasses)
Dyn = type("Dyn", (object,), {"x": 5, "hello": lambda self: "hi"})
print(Dyn.x, Dyn().hello(), Dyn.__name__)
class Descriptor:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0) * 2
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class UsesDesc:
    val = Descriptor()
u = UsesDesc()
print(u.val)
u.val = 21
print(u.val, type(UsesDesc.val).__name__)
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0])
        return False
with Ctx() as c:
    print("body", type(c).__name__)
