d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("zz"), d.get("zz", 0), "a" in d, "zz" not in d)
print(d.pop("a"), d.pop("zz", "missing"), d)
print(d.setdefault("b", 99), d.setdefault("new", []), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
e = d.copy()
e.clear()
print(e, d == d.copy(), {1: 2} == {1: 2.0})
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"q": 1}, r=2), dict(zip("ab", range(2))))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print({1: "int", 1.0: "float", True: "bool"})
merged = {"a": 1} | {"b": 2}
merged |= {"a": 0}
print(merged)
print(sorted({"z": 1, "y": 2}.items()), {k: v for k, v in reversed(list(merged.items()))})
keys = d.keys()
d["late"] = 1
print("late" in keys, len(keys))
