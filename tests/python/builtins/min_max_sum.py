print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max([1, -5, 3], key=abs), min(["aa", "b", "ccc"], key=len), max({"a": 3, "b": 1}, key=lambda k: -ord(k)))
print(max([], default=0), min([], default="none"), max([7], default=0))
print(max([1, 3, 3], key=lambda x: x), max([(1, "b"), (1, "a")]), min([2, 1, 1], key=lambda x: 0))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2]), sum([[1], [2, 3]], []), sum(range(5), start=100), sum([]))
print(sum([True, True, False]), sum(x * x for x in range(4)))
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
