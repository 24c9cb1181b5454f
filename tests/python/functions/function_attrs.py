def documented(a, b=2, *args, c, **kw):
    "Adds things."
    return a
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
print(documented.__qualname__, documented.__module__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
documented.custom = 42
print(documented.custom)
class A:
    def method(self):
        pass
print(A.method.__qualname__, A().method.__name__, A().method.__self__.__class__.__name__)
print(callable(documented), callable(3), callable(A), callable(A().method))
def nodoc():
    pass
print(nodoc.__doc__)
def annotated(x: int, y: "str" = "a") -> bool:
    return True
print(annotated.__annotations__)
print(type(documented).__name__, type(A().method).__name__, type(len).__name__)
