d = {"b": 2, "a": 1, "c": 3}
d2 = dict(zip("xyz", range(3)))
print(d, d2, d | d2, {**d, "a": 10})
d |= {"d": 4}
print(list(d), list(d.values()), list(d.items())[:2])
print(d.get("zz"), d.get("zz", 0), d.pop("d"), d.pop("zz", "none"), d.setdefault("e", 5), d)
print(sorted(d, key=d.get, reverse=True), max(d, key=lambda k: d[k]))
print({k: v for k, v in sorted(d.items()) if v % 2}, dict.fromkeys("ab", 0))
inv = {v: k for k, v in d.items()}
print(inv, len(inv), "a" in d, 1 in d, 1 in d.values())
d.update([("f", 6)], g=7)
print(d, d.popitem(), d)
del d["a"]
print(d, d.keys() & {"b", "x"}, d.keys() - {"b"} == {"c", "e", "f"})
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = [1, 2]
print(nested, nested["x"]["y"].get("w")[1])
cp = dict(nested)
cp["x"] = "replaced"
print(nested["x"] != cp["x"], cp)
s1 = {1, 2, 3, 4}
s2 = {3, 4, 5}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s1, s1.isdisjoint({9}))
s1.add(10)
s1.discard(1)
s1.update([20, 30], (40,))
print(sorted(s1), len(s1), 10 in s1, s1.issuperset({2, 3}))
print(sorted(s1.union(s2)), sorted(s1.intersection(s2, {4})), s1.difference(s2) == s1 - s2)
fs = frozenset("hello")
print(sorted(fs), len(fs), frozenset([1, 2]) == {1, 2}, {frozenset({1}): "ok"}[frozenset([1])])
print(set(), frozenset(), {1, 2} == {2, 1}, set("aab") == {"a", "b"}, sorted({x % 3 for x in range(10)}))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
grid = {(r, c): r * c for r in range(3) for c in range(3)}
print(grid[(2, 2)], sum(grid.values()), [k for k, v in grid.items() if v == 2])
print(list(reversed(d)), list(reversed(d.items())))
keys = d.keys()
d["new"] = 1
print(keys, len(keys), repr(d.values())[:20])
try:
    for k in d:
        d["boom" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ss = {1, 2}
    for x in ss:
        ss.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print({1: "a", True: "b", 1.0: "c"}, {0, False, 0.0}, hash(1) == hash(1.0))
print(dict([(1, 2)], x=3) == {1: 2, "x": 3}, {"a": 1} == {"a": 1.0}, {"a": [1]} != {"a": [2]})
