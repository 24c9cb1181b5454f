# Dict views: live, sized, set-like (keys/items), comparable, reprs.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
print(repr(k), str(v), type(k).__name__, type(v).__name__, type(it).__name__)
d["d"] = 4
print(k, len(v), ("d", 4) in it, ("d", 5) in it, 4 in v, "d" in k, "zz" in k)
del d["d"]
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted({"a", "x"} & k), sorted({"x"} | k), sorted({"a", "x"} - k), sorted(["x", "a"] ^ k))
print(sorted(it & {("a", 1), ("b", 0)}), sorted(it - {("a", 1)}), type(k & set()).__name__)
print(k == {"a", "b", "c"}, {"a", "b", "c"} == k, k != {"a"}, k == d.keys(), k == ["a", "b", "c"])
print(k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"}, k > {"a"}, k >= k, v == v, v == d.values())
print(it == {("a", 1), ("b", 2), ("c", 3)}, it == {("a", 1)})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), list(reversed(d)))
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), it.isdisjoint([("a", 1)]), bool({}.keys()), bool(k))
n = {1: "x", 2: "y"}
print(n.keys() & {2, 3}, n.keys() | {0}, n.keys() - {1}, n.keys() ^ {2, 5}, {0, 1} & n.keys())
try:
    for key in d.keys():
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
empty = {}
print(empty.keys(), empty.values(), empty.items(), list(iter(n.items())))
