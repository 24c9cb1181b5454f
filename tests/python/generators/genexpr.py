g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)))
print(list((a, b) for a in range(3) for b in "xy" if a != 1))
print(max((len(w), w) for w in "the quick brown fox".split()))
words = ["apple", "Banana", "cherry"]
print(sorted((w.lower() for w in words), reverse=True))
lazy = (print("evaluated", i) or i for i in range(3))
print("before consuming")
print(next(lazy))
x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
print(tuple(c for c in "abc"), set(i % 3 for i in range(10)) == {0, 1, 2})
nested = ((i, j) for i in range(2) for j in (i * 10 for _ in range(2)))
print(list(nested))
try:
    (1 / i for i in [1, 0]).__next__()
    list(1 / i for i in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
