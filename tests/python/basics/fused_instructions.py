# Pairs of instructions the VM runs fused (two locals, local and constant,
# store then load, compare then branch) must behave exactly like the pair.


class Weird:
    """Comparisons that return non-bool objects, and one that raises."""

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [] if self.v < other.v else [1]

    def __gt__(self, other):
        raise ValueError("no ordering for %r" % self.v)


def pairs(a, b):
    c = a + b
    d = c * 2
    return a, b, c, d


def branch(x, y):
    if x < y:
        return "lt"
    return "not lt"


def loop(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    return total


def unbound_second(flag):
    if flag:
        b = 1
    a = 2
    return a + b


def unbound_first(flag):
    if flag:
        a = 1
    b = 2
    return a + b


print(pairs(1, 2), pairs("x", "y"))
print(branch(1, 2), branch(2, 1), branch(Weird(1), Weird(2)), branch(Weird(3), Weird(2)))
print(loop(10), loop(0))
for f in (unbound_second, unbound_first):
    try:
        f(False)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
try:
    if Weird(1) > Weird(2):
        pass
except ValueError as e:
    print("ValueError:", e)
x = 5
print("chain", 1 < x < 10, 1 < x > 10, [k for k in range(6) if k < 3])
print("targets", ["a" if k < 2 else "b" for k in range(4)])
