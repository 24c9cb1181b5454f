# Subclassing builtin types (str, int, list, dict) with extra methods and attributes.


class Name(str):
    def shout(self):
        return self.upper() + "!"


class Money(int):
    def __repr__(self):
        return f"${int(self)}"

    def double(self):
        return Money(self * 2)


class Stack(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def peek(self):
        return self[-1]


class Config(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.loaded = True

    def __missing__(self, key):
        return f"<{key}?>"


class Base:
    pass


class Child(Base):
    pass


n = Name("ada")
print(n.shout(), n + "!", len(n), isinstance(n, str), type(n).__name__)
m = Money(21)
print(m, m.double(), m + 1, type(m + 1).__name__, isinstance(m, int))
s = Stack("ops", [1, 2])
s.append(3)
print(s.name, s.peek(), s, len(s), type(s).__name__)
c = Config(a=1)
print(c["a"], c["zz"], c.loaded, c)
print(Base.__subclasses__())
