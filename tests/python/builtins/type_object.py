print(type(1), type("s"), type([]), type(None), type(type), type(len), type(lambda: 0).__name__)
print(type(1).__name__, type(1.5).__name__, type(()).__name__, type(range(1)).__name__, type(object()).__name__)
X = type("X", (), {"a": 1})
print(X.__name__, X().a, type(X()).__name__, X.__bases__)
Y = type("Y", (X,), {"b": 2, "f": lambda self: self.a + self.b})
print(Y().f(), Y.__mro__[1].__name__)
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__name__, isinstance(o, object), str(type(o)), repr(type(1)))
print(type(type(1)) is type, type.__name__, object().__class__.__name__)
try:
    type("Z", 1, {})
except TypeError as e:
    print("TypeError:", e)
