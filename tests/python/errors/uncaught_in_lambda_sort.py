items = [{"n": 3}, {"n": 1}, {"m": 2}]
print(sorted(items[:2], key=lambda d: d["n"]))
print(sorted(items, key=lambda d: d["n"]))
