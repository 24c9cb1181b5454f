nums = [4, 8, 15, 16, 23, 42]
print(list(enumerate(nums)), list(enumerate("ab", 1)))
print(list(zip("abc", nums)), list(zip(nums, nums[1:], nums[2:])), list(zip()))
print(list(map(lambda x: x % 5, nums)), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 10, nums)))
print(sorted(nums, reverse=True), list(reversed(nums)), list(reversed((1, 2))))
print(min(nums), max(nums), min(nums, key=lambda x: abs(x - 20)), max("apple", "fig", key=len))
print(min([], default="empty"), max((), default=None), min(3, 1, 2), max(1, 2, 3, key=lambda x: -x))
print(sum(nums), sum(nums, 100), sum([[1], [2]], []), sum([0.5, 0.25]))
print(any([]), all([]), any(x > 40 for x in nums), all(x > 3 for x in nums), any([0, "", None]))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
m = map(str, range(3))
print(type(m).__name__, list(m), list(m))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)), [k * v for k, v in zip(keys, vals)])
pairs = list(zip(*[(1, "a"), (2, "b")]))
print(pairs)
