# Dict/set/list comprehensions and nested data structures.

students = {
    "ana": {"math": 90, "art": 72, "cs": 88},
    "ben": {"math": 65, "art": 95, "cs": 70},
    "cho": {"math": 78, "art": 80, "cs": 99},
}

averages = {name: sum(g.values()) / len(g) for name, g in students.items()}
print({k: round(v, 2) for k, v in averages.items()})
best_by_subject = {s: max(students, key=lambda n: students[n][s]) for s in ["math", "art", "cs"]}
print(best_by_subject)
subjects = {s for g in students.values() for s in g}
print(sorted(subjects))
honor = [n for n, g in students.items() if all(v >= 70 for v in g.values())]
print(honor)
inverted = {}
for name, grades in students.items():
    for subject, grade in grades.items():
        inverted.setdefault(subject, {})[name] = grade
print(inverted)
matrix = [[i * 3 + j for j in range(3)] for i in range(4)]
print(matrix)
print([list(col) for col in zip(*matrix)])
print([x for row in matrix for x in row if x % 2])
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({x % 5 for x in range(20)}, {c for c in "mississippi"} == set("misp"))
squares = {n: n * n for n in range(6)}
print(squares, {v: k for k, v in squares.items()}.get(16))
tree = {"value": 1, "children": [
    {"value": 2, "children": [{"value": 4, "children": []}]},
    {"value": 3, "children": [{"value": 5, "children": []}, {"value": 6, "children": []}]},
]}


def total(node):
    return node["value"] + sum(total(c) for c in node["children"])


def paths(node, prefix=()):
    here = prefix + (node["value"],)
    if not node["children"]:
        yield here
    for c in node["children"]:
        yield from paths(c, here)


print(total(tree), list(paths(tree)))
grid = [["." for _ in range(5)] for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
shared = [["."] * 3] * 2
shared[0][0] = "X"
print(shared)
nested = {"a": [1, {"b": (2, 3)}], "c": {"d": {"e": [4]}}}
print(nested["a"][1]["b"][1], nested["c"]["d"]["e"][0])


def deep_count(obj):
    if isinstance(obj, dict):
        return sum(deep_count(v) for v in obj.values())
    if isinstance(obj, (list, tuple, set)):
        return sum(deep_count(v) for v in obj)
    return 1


print(deep_count(nested))
pairs = [(a, b) for a in range(1, 20) for b in range(a, 20) if (a * a + b * b) ** 0.5 % 1 == 0]
print(pairs)
print(dict(zip("abc", range(3))), dict([("x", 1), ("y", 2)], z=3))
flat = sum([[1, 2], [3], []], [])
print(flat, [[y for y in range(x)] for x in range(4)])
