from abc import ABC, abstractmethod
from enum import Enum, auto


class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()


class Item(ABC):
    _registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Item._registry[cls.__name__.lower()] = cls

    def __init__(self, name, price, qty=1):
        self.name = name
        self._price = price
        self.qty = qty

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError("price must be non-negative")
        self._price = value

    @property
    @abstractmethod
    def category(self):
        ...

    @classmethod
    def create(cls, kind, *args):
        return cls._registry[kind](*args)

    @staticmethod
    def fmt_money(v):
        return f"${v:,.2f}"

    def total(self):
        return self.price * self.qty

    def __str__(self):
        return f"{self.name} x{self.qty} @ {self.fmt_money(self.price)} [{self.category.name}]"

    def __repr__(self):
        return f"{type(self).__name__}(name={self.name!r}, price={self.price!r}, qty={self.qty!r})"


class Hammer(Item):
    category = Category.TOOL


class Apple(Item):
    @property
    def category(self):
        return Category.FOOD


class Yoyo(Item):
    category = Category.TOY

    def total(self):
        base = super().total()
        return base * 0.9 if self.qty >= 3 else base


inv = [Item.create("hammer", "hammer", 12.5, 2), Item.create("apple", "apple", 0.4, 12),
       Item.create("yoyo", "yoyo", 3, 4), Yoyo("mini yoyo", 1.25)]
for it in inv:
    print(str(it), "=", Item.fmt_money(it.total()))
print(repr(inv[0]))
print(sorted(Item._registry))
try:
    Item("x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    inv[1].price = -1
except ValueError as e:
    print("ValueError:", e)
inv[1].price = 0.5
print(inv[1].price, inv[1].total())
by_cat = {}
for it in inv:
    by_cat.setdefault(it.category, []).append(it.name)
for cat, names in sorted(by_cat.items(), key=lambda kv: kv[0].value):
    print(cat, cat.name, cat.value, names)
print(Category.FOOD in Category, list(Category), Category["TOY"], Category(1))
print(repr(Category.TOOL), isinstance(Category.TOY, Category), len(Category))
print(sum(i.total() for i in inv), max(inv, key=Item.total).name)
print(type(inv[0]).__mro__)
print(Hammer.__name__, Hammer.__qualname__, Hammer.__module__, Hammer.__bases__)
print(vars(inv[0]))
print(getattr(inv[0], "missing", "default"), hasattr(inv[0], "qty"))
setattr(inv[0], "qty", 5)
delattr(inv[0], "qty")
try:
    print(inv[0].qty)
except AttributeError as e:
    print("AttributeError:", e)
