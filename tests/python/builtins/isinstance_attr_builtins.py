class C:
    cls_attr = 1
o = C()
print(isinstance(o, C), isinstance(3, (str, int)), issubclass(C, object), issubclass(bool, (str, int)))
setattr(o, "x", 10)
print(getattr(o, "x"), getattr(o, "y", "default"), getattr(o, "cls_attr"), hasattr(o, "x"), hasattr(o, "y"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "y")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr([], "append").__name__, getattr("s", "upper")(), hasattr(3, "real"))
setattr(C, "added", lambda self: "method added")
print(o.added())
