class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(b, object))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(B, B), issubclass(bool, int), issubclass(int, object))
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(KeyboardInterrupt, Exception))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(type(1) is int, type(b) is A, type(b) == B, type(type(b)).__name__)
print(B.__bases__ == (A,), A.__subclasses__() == [B], object.__bases__)
