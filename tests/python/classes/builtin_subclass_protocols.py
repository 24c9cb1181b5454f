# Builtin-based instances with the rest of the runtime: namedtuple, match, cycles
# and __del__, __slots__, copy, super() calls of the builtin dunders.

import gc, copy
from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p._replace(x=5), p._asdict(), P._make([3, 4]), copy.copy(p), copy.deepcopy(p), isinstance(p, tuple))
match p:
    case (a, b):
        print("seq", a, b)
match p:
    case P(x=1, y=yy):
        print("cls", yy)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)
print(hash(p) == hash((1, 2)), p == (1, 2), {p: 1}[(1, 2)], "%s+%s" % p, max(p), p + (3,), p * 2, p[::-1])
print(sorted([P(2, 1), P(1, 2)]), list(map(sum, [p, p])), tuple(p), list(reversed(p)), p.count(1), p.index(2))
try:
    raise ValueError("x")
except (TypeError, ValueError) as e:
    print("caught", e)
x, *rest = P(1, 2)
print(x, rest, dict([P("k", "v")]), set(P(1, 1)))

class Node(str):
    pass
n = Node("n")
n.me = n
del n
gc.collect()
class Del(int):
    def __del__(self):
        print("del", int(self))
d = Del(5)
del d
gc.collect()
class Slotted(int):
    __slots__ = ()
s = Slotted(3)
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError", e)
class Slot2(str):
    __slots__ = ("tag",)
s2 = Slot2("q")
s2.tag = 5
print(s2.tag, s2)
try:
    s2.other = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    print(s2.__dict__)
except AttributeError as e:
    print("AttributeError", e)

class Name(str):
    pass
class O:
    pass
o = O()
setattr(o, Name("attr"), 1)
print(getattr(o, Name("attr")), o.attr, hasattr(o, Name("attr")), "".join([Name("a"), Name("b")]), Name("x").join(["1", "2"]))
class Money(int):
    pass
print(list(range(Money(3))), sum([Money(1), Money(2)]), type(sum([Money(1), Money(2)])).__name__, "ab"[Money(1)], [0] * Money(2), Money(7) % 3, divmod(Money(7), 2), pow(Money(2), 10), Money(2) ** 3, round(Money(15), -1))
print(max(Money(1), Money(5)), min([Money(3), 2]), abs(Money(-1)), Money("12"), Money("ff", 16), Money(3.9), int(Money(4)) is not None, type(int(Money(4))).__name__, type(+Money(4)).__name__)
print(str(Name("abc")) == "abc", type(str(Name("abc"))).__name__, Name(), repr(Name()), Money(), Name(5), Name(b"x", "utf-8"))
print(Name("a") < Name("b"), Name("b") > "a", sorted([Name("b"), Name("a")]), Name("abc").replace("b", "X"), Name("a,b").split(","), Name("x").encode())
b = bytes(Name("ab"), "ascii")
print(b, type(b).__name__)
class F(float): pass
print(F(), F("1.5"), F(2), 1.0 + F(2), F(2) / 4, float(F(3)), type(float(F(3))).__name__, F(1.5).as_integer_ratio(), F(2.5).__round__(), int(F(2.7)))
class T(tuple): pass
t = T()
print(t, len(t), bool(t), T("ab"), bool(T([0])))
class D(int):
    def __del__(self):
        print("del", int(self))
d = D(1)
d.me = d
del d
gc.collect()
print("after")
class Money(int):
    pass
m = Money(5)
m.cur = "EUR"
c = copy.copy(m)
print(c, type(c).__name__, c.cur)
dc = copy.deepcopy([m])
print(dc, type(dc[0]).__name__, dc[0].cur)
class Name(str):
    pass
n = Name("x")
n.a = [1]
nc = copy.deepcopy(n)
print(nc, type(nc).__name__, nc.a, nc.a is n.a)
print(Money.from_bytes(b"\x01\x00", "big"), type(Money.from_bytes(b"\x01", "big")).__name__)
class F(float): pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
print(Money(3).__int__(), type(Money(3).__index__()).__name__, Money(3).__add__(1), Money(3).__eq__(3), int.__eq__(Money(3), 3), str.__eq__(Name("a"), "a"), Name("a").__hash__() == hash("a"))
print(super(Money, Money(4)).__add__(1), super(Name, Name("a")).__add__("b") if hasattr(str, "__add__") else "")
class Up(str):
    def __eq__(self, o):
        return super().__eq__(o.upper())
    __hash__ = str.__hash__
print(Up("A") == "a", Up("A") != "a", {Up("A"): 1}.get("A"))
class Cnt(int):
    def __lt__(self, other):
        return super().__gt__(other)
print(sorted([Cnt(1), Cnt(3), Cnt(2)]), Cnt(1) < Cnt(2), Cnt(1) > Cnt(2))
