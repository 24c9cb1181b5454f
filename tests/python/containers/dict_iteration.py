inventory = {"apples": 3, "pears": 0, "kiwis": 12, "plums": 5}
for name, qty in inventory.items():
    print(f"{name:>8}: {'#' * qty}")
print(sum(inventory.values()), max(inventory, key=inventory.get), min(inventory.items(), key=lambda kv: kv[1]))
in_stock = {k: v for k, v in inventory.items() if v}
print(in_stock)
by_qty = sorted(inventory, key=lambda k: inventory[k], reverse=True)
print(by_qty)
grouped = {}
for word in "one two three four five six seven".split():
    grouped.setdefault(len(word), []).append(word)
print(grouped)
nested = {"a": {"x": 1}, "b": {"y": 2, "z": 3}}
print([(o, i, v) for o, inner in nested.items() for i, v in inner.items()])
print(list(inventory.keys() & {"pears", "figs"}), sorted(inventory.keys() - {"pears"}))
print(len(inventory.items()), ("kiwis", 12) in inventory.items())
