class Base:
    def __init__(self, **kw):
        print(f"Base.__init__ leftover={sorted(kw)}")

    def describe(self):
        return ["Base"]


class Named(Base):
    def __init__(self, name="?", **kw):
        self.name = name
        super().__init__(**kw)

    def describe(self):
        return ["Named"] + super().describe()


class Aged(Base):
    def __init__(self, age=0, **kw):
        self.age = age
        super().__init__(**kw)

    def describe(self):
        return ["Aged"] + super().describe()


class Person(Named, Aged):
    def describe(self):
        return ["Person"] + super().describe()

    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"


p = Person(name="ann", age=30, extra=1)
print(p, p.describe())
print([c.__name__ for c in Person.__mro__])
print(Person.mro() == list(Person.__mro__), isinstance(p, Aged), Person.__bases__)


class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns.setdefault("tag", name.lower())
        return super().__new__(mcs, name, bases, ns)


class Tagged(metaclass=Meta):
    pass


class Child(Tagged):
    tag = "custom"


print(Tagged.tag, Child.tag, type(Tagged).__name__)


class Mixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}


class Record(Mixin):
    def __init__(self, **fields):
        self.__dict__.update(fields)
        self._secret = 1

    def __eq__(self, other):
        if not isinstance(other, Record):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def __getattr__(self, name):
        return f"<no {name}>"


r = Record(a=1, b="x")
print(r.to_dict(), r == Record(a=1, b="x"), r == 5, r != Record(a=2), r.missing)


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.celsius * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.celsius, spec + "f" if spec else "") + "°C"

    def __str__(self):
        return f"{self.celsius}C"


t = Temperature(21.5)
print(f"{t}", f"{t:.1}", f"{t:.2F}", format(t, ""), str(t), "{:.0F}".format(t))


class Deck:
    ranks = "23456789TJQKA"
    suits = "SHDC"

    def __init__(self):
        self.cards = [r + s for s in self.suits for r in self.ranks]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __contains__(self, card):
        return card in self.cards


deck = Deck()
print(len(deck), deck[0], deck[-1], deck[10:13], "AS" in deck, "ZZ" in deck)
print([c for c in deck if c.startswith("A")], list(reversed(deck))[:3])


class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0) * 2

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Holder:
    val = Desc()


h = Holder()
h.val = 21
print(h.val, h._val, isinstance(Holder.val, Desc))
print(super(Person, p).describe(), Person.describe(p)[:2])


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class E(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)
