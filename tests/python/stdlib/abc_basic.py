# abc: abstract methods block instantiation; register and __subclasshook__.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        return "shape"

    def describe(self):
        return f"{self.name()} with area {self.area()}"


class Half(Shape):
    def name(self):
        return "half " + super().name()


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Half))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...


class Impl(Base):
    @property
    def value(self):
        return 42

    @classmethod
    def make(cls):
        return cls()


try:
    Base()
except TypeError as e:
    print("TypeError", e)
print(Impl.make().value)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized), issubclass(int, Sized))


class Animal(ABC):
    pass


class Robot:
    pass


print(isinstance(Robot(), Animal))
Animal.register(Robot)
print(isinstance(Robot(), Animal), issubclass(Robot, Animal), Animal.register(int) is int, isinstance(5, Animal))
print(isinstance(True, Animal), issubclass(str, Animal))


class Legacy(ABC):
    @abc.abstractproperty
    def p(self):
        ...


try:
    Legacy()
except TypeError as e:
    print("TypeError", e)
print(type(abc.get_cache_token()).__name__, getattr(Shape.area, "__isabstractmethod__", False))
