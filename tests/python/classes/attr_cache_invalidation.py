# Attribute loads at one site must follow changes to classes and instances:
# methods replaced or deleted on the class, instance attributes shadowing methods,
# properties added later, __getattr__ added later.


class A:
    kind = "a"

    def who(self):
        return "A.who"


class B(A):
    pass


def load(o):
    return o.kind


def call(o):
    return o.who()


objs = [A(), B()]
for round_ in range(3):
    print([load(o) for o in objs], [call(o) for o in objs])

A.who = lambda self: "patched"
print([call(o) for o in objs])
B.who = lambda self: "B override"
print([call(o) for o in objs])
del B.who
print([call(o) for o in objs])

objs[0].who = lambda: "instance attr"
print(call(objs[0]), call(objs[1]))
del objs[0].who
print(call(objs[0]))

objs[1].kind = "own"
print([load(o) for o in objs])
B.kind = property(lambda self: "prop wins")
print([load(o) for o in objs])
del B.kind
print([load(o) for o in objs])


class C:
    kind = "c"

    def who(self):
        return "C.who"


print(load(A()), call(A()), load(C()), call(C()))


class D:
    pass


d = D()
for _ in range(2):
    try:
        load(d)
    except AttributeError as e:
        print("AttributeError:", e)
D.__getattr__ = lambda self, name: "getattr:" + name
print(load(d))
D.kind = "class var"
print(load(d))


class E:
    def __init__(self):
        self.kind = "slot-ish"

    def who(self):
        return "E.who"


def run_many(objs):
    return [(load(x), call(x)) for x in objs]


print(run_many([E(), A(), E(), C()]))
import math
print(math.floor(2.5), math.pi > 3)
math.pi2 = 6.28
print(math.pi2)


# Stores at one site follow class changes too.
class S:
    pass


class T(S):
    pass


def store(o, v):
    o.val = v
    return o.__dict__.get("val", "<not in dict>")


objs = [S(), T(), S()]
print([store(o, 1) for o in objs])
S.val = property(lambda self: "getter", lambda self, v: print("setter got", v))
print([store(o, 2) for o in objs])
del S.val
print([store(o, 3) for o in objs])
T.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 10)
print([store(o, 4) for o in objs])
del T.__setattr__
print([store(o, 5) for o in objs])


class Slotted:
    __slots__ = ("val",)


sl = Slotted()
try:
    store(sl, 6)
except AttributeError as e:
    print("AttributeError", e)
print(sl.val)
