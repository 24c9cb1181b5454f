# copy: shallow and deep copies of containers and instances, memo and hooks.
import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(s, d)
print(s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
t2 = (1, 2, "x")
print(copy.deepcopy(t2) is t2)
st = {1, 2, 3}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(frozenset([1])) == frozenset([1]))
dd = {"a": {"b": [1, 2]}}
dc = copy.deepcopy(dd)
dc["a"]["b"].append(3)
print(dd, dc)

# shared and recursive structures
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc[0])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
p.tags.append("a")
p1 = copy.copy(p)
p2 = copy.deepcopy(p)
p.tags.append("b")
print(p1, p2, p1.tags is p.tags, type(p2).__name__)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) * 10)


c = Custom(1)
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[0].v)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = 2


sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)


class MyList(list):
    pass


ml = MyList([1, [2]])
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc[1] is ml[1], type(copy.copy(ml)).__name__)
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.deepcopy(None))
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, y[0] is y[1])
