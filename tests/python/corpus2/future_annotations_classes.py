from __future__ import annotations
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import List, Dict, Optional, Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)


s: Stack[int] = Stack()
s.push(1)
print(s.items, Stack[int], List[int], Dict[str, int], Optional[str])


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...


try:
    Shape()
except TypeError as e:
    print(e)


class Sq(Shape):
    def area(self):
        return 1


try:
    Sq()
except TypeError as e:
    print(e)


@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    total: int = field(init=False, default=0)


p = P(1)
print(p, hasattr(p, "__dict__"))


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        self._c = v

    @c.deleter
    def c(self):
        print("deleting")
        self._c = None


t = Temp()
t.c = 5
del t.c
print(t.c)


class Strict:
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only: cannot set {name!r}")


try:
    Strict().x = 1
except AttributeError as e:
    print(e)


class Base:
    registry = []

    @classmethod
    def create(cls, *a):
        obj = cls(*a)
        cls.registry.append(obj)
        return obj

    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix


class Child(Base, prefix="ch"):
    def __init__(self, v=0):
        self.v = v

    @classmethod
    def create(cls, *a):
        obj = super().create(*a)
        obj.v *= 10
        return obj


c = Child.create(4)
print(c.v, Child.prefix, len(Base.registry), Child.__annotations__ if hasattr(Child, "__annotations__") else {})
print(P.__annotations__, Stack.push.__annotations__)


def f(a: int, b: "str" = "x") -> bool:
    return True


print(f.__annotations__, f.__name__, f.__qualname__, f.__module__, f.__doc__)
