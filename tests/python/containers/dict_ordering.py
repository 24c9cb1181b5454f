d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
del d["alpha"]
d["alpha"] = 0
print(list(d))
d["zeta"] = 100
print(d)
big = {i: i * i for i in range(20, 0, -1)}
print(list(big)[:5], list(big.values())[-3:])
for k in list(big):
    if k % 2:
        del big[k]
print(list(big))
print(list(reversed({"a": 1, "b": 2, "c": 3})))
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print({**{"x": 1, "y": 2}, "x": 3})
