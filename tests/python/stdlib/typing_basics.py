from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable,
                    Iterator, Generator, Sequence, Mapping, Type, TypeVar, Generic, Protocol,
                    NamedTuple, TypedDict, Literal, Final, ClassVar, cast, overload, no_type_check,
                    TYPE_CHECKING, get_type_hints, get_origin, get_args, NewType, Annotated)
import typing

print(List[int], Dict[str, int], Tuple[int, ...], Tuple[int, str], Set[float], FrozenSet[str])
print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, Union[str, float]])
print(Callable[[int, str], bool], Callable[..., int], Callable)
print(List, Dict, Any, typing.Iterable[int], Sequence[str], Mapping[str, List[int]])
print(Literal["a", 1], Final[int], ClassVar[List[int]], Type[int], Annotated[int, "meta"])
print(Iterator[int], Generator[int, None, None], Dict[str, Optional[List[int]]])
print(Union[int, str] == Union[str, int], List[int] == List[int], Optional[int] == Union[int, None])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]))
print(TYPE_CHECKING)

T = TypeVar("T")
K = TypeVar("K", bound=str)
V_co = TypeVar("V_co", covariant=True)
print(T, K, V_co, List[T], Dict[K, T])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, isinstance(s, Stack), Stack[int])


class Pair(Generic[K, T]):
    pass


print(Pair[str, int], issubclass(Pair, Generic))


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm2(self) -> int:
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.x, p[1], p.norm2(), Point(1), p._asdict(), p._replace(x=10), Point._fields, isinstance(p, tuple))
a, b = p
print(a + b, len(p), p == (3, 4))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("bob", 3))


class Movie(TypedDict):
    name: str
    year: int


m = Movie(name="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__annotations__)


class Closer(Protocol):
    def close(self) -> None: ...


class Res:
    def close(self) -> None:
        print("closed")


def shut(c: Closer) -> None:
    c.close()


shut(Res())

UserId = NewType("UserId", int)
print(UserId(5), UserId)


@overload
def dbl(x: int) -> int: ...
@overload
def dbl(x: str) -> str: ...
def dbl(x):
    return x * 2


print(dbl(2), dbl("ab"), cast(int, "x"))


@no_type_check
def untyped(a: "whatever") -> "nothing":
    return a


print(untyped(3))


class Config:
    name: str
    retries: int = 3
    tags: ClassVar[List[str]] = []


print(get_type_hints(Config))


def annotated(a: int, b: "str" = "x") -> Optional[int]:
    return None


print(get_type_hints(annotated))
x: Final = 3
counts: Dict[str, int] = {}
counts["a"] = 1
print(counts, x)
