# Subclasses of list, dict, tuple and set keep the builtin behaviour.
class D(dict):
    def __missing__(self, key):
        return key * 2
x = D(a=1)
print(x["a"], x["bb"], x.get("zz"), "bb" in x, x, repr(x), len(x))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] += 1
print(c, type(c).__name__, len(c), c["zzz"])
del c["h"]
print(c, list(c), list(c.keys()), sorted(c.items()))
try:
    del c["nope"]
except KeyError as e:
    print("KeyError:", e)
print(D.fromkeys("ab", 5), type(D.fromkeys("ab")).__name__, type(x.copy()).__name__)
class Plain(dict):
    pass
try:
    Plain()["k"]
except KeyError as e:
    print("KeyError:", e)
class L(list):
    pass
ll = L([3, 1, 2])
ll.append(0)
ll.sort()
print(ll, ll[0], ll[1:], len(ll), 2 in ll, type(ll).__name__, list(reversed(ll)), bool(L()))
ll[0] = 9
del ll[1]
ll += [7]
print(ll, ll + [1], ll * 2, 2 * ll, type(ll).__name__, [x for x in ll])
class T(tuple):
    pass
t = T((1, 2, 3))
print(t, t[1], t[-1], t[:2], len(t), 3 in t, t.index(2), t.count(1), hash(t) == hash((1, 2, 3)), list(t))
class S(set):
    pass
s = S([1, 2])
s.add(3)
print(s, len(s), 2 in s, sorted(s | {9}), type(s | {9}).__name__, S(), s.issubset({1, 2, 3, 4}))
