# Sorting with key functions, lambdas, tuples, reverse, stability, and custom orders.

people = [
    ("alice", 31, "NYC"), ("bob", 25, "LA"), ("carol", 31, "SF"),
    ("dave", 25, "NYC"), ("eve", 40, "LA"), ("frank", 19, "SF"),
]

print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: (p[2], p[1]), reverse=True))
by_city = sorted(people, key=lambda p: p[2])
print([p[0] for p in by_city])
names = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=lambda s: (len(s), s)))
print(sorted(names, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 2, n)))
nums.sort(reverse=True)
print(nums)
priority = {"high": 0, "medium": 1, "low": 2}
tasks = [("write", "low"), ("test", "high"), ("deploy", "medium"), ("review", "high")]
print(sorted(tasks, key=lambda t: priority[t[1]]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(set(words), key=words.index))
print(max(words, key=len), min(words, key=len), max(people, key=lambda p: p[1])[0])
matrix = [[3, 1], [1, 2], [2, 0]]
print(sorted(matrix, key=lambda r: r[1]), sorted(map(sorted, matrix)))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d), sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))


class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return self.s


print(sorted([Version("1.10.0"), Version("1.2.3"), Version("1.2.10"), Version("0.9")]))
print(sorted(["1.10", "1.2", "1.9"], key=lambda v: [int(x) for x in v.split(".")]))
records = [{"n": "a", "s": 3}, {"n": "b", "s": 1}, {"n": "c", "s": 3}]
records.sort(key=lambda r: r["s"])
print([r["n"] for r in records])
print(sorted("Mississippi"), "".join(sorted("hello", reverse=True)))
print(sorted([3.5, 1, 2.25, -0.5, True]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
