# Subclasses of int, str, float, tuple and bytes: custom methods, instance attributes,
# and the inherited operations on the value (results of builtin operations are plain).

class Money(int):
    def __repr__(self):
        return f"${int(self)}"
    def double(self):
        return Money(self * 2)

class Name(str):
    def shout(self):
        return self.upper() + "!"

m = Money(21)
print(m, repr(m), str(m), m.double(), m + 1, type(m + 1).__name__, isinstance(m, int), type(m).__name__)
print(1 + m, m * 2, m // 2, -m, abs(Money(-3)), m == 21, m < 22, hash(m) == hash(21), int(m), float(m))
print(f"{m}", f"{m:5d}", "%d" % m, "%s" % m, "%r" % m, format(m, "x"))
m.note = "hi"
print(m.note, m.__dict__, bool(Money(0)), [1, 2, 3][Money(1)], "ab" * Money(2))
d = {m: "x"}
print(d[21], d[m], 21 in d, sorted([Money(3), 1, Money(2)]))
n = Name("ada")
print(n.shout(), n + "!", len(n), isinstance(n, str), type(n).__name__, n[0], n[1:], n.upper(), type(n.upper()).__name__)
print(repr(n), str(n), type(str(n)).__name__, f"{n}", f"{n:>6}", "%s" % n, n == "ada", hash(n) == hash("ada"))
d = {"ada": 1}
print(d[n], n in d, {n: 2}["ada"], sorted([Name("b"), "a", Name("c")]), "-".join([n, n]))
import json
print(json.dumps(n), json.dumps({n: [n]}), json.dumps(m))
for c in n:
    print(c, end=" ")
print(list(n), n.split("d"), "d" in n, n.startswith("a"), n * 2, n < "b")
n.tag = 5
print(n.tag, vars(n))
class F(float):
    def half(self):
        return F(self / 2)
f = F(3.5)
print(f, repr(f), f.half(), f + 1, type(f + 1).__name__, round(f), int(f), f"{f:.2f}", f == 3.5, hash(f) == hash(3.5), isinstance(f, float))
class P(tuple):
    def total(self):
        return sum(self)
p = P([1, 2, 3])
print(p, repr(p), p.total(), len(p), p[0], p[1:], p + (4,), type(p + (4,)).__name__, list(p), p == (1, 2, 3), hash(p) == hash((1, 2, 3)))
a, b, c = p
print(a, b, c, 2 in p, p.count(2), p.index(3), sorted(P([3, 1])), "%s-%s-%s" % p)
p.x = 1
print(p.x)
class B(bytes):
    def h(self):
        return self.hex()
bb = B(b"ab")
print(bb, repr(bb), bb.h(), len(bb), bb[0], bb + b"c", type(bb + b"c").__name__, bb == b"ab", bb.decode(), isinstance(bb, bytes))
