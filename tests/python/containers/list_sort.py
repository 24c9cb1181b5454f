nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["kiwi", "Apple", "fig", "banana", "cherry", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
people.sort(key=lambda p: p[0], reverse=True)
print(people)
stable = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(stable, key=lambda t: t[0]))
print(sorted([3.5, 1, 2.25, -1]), sorted("hello"), sorted({3: 0, 1: 0}), sorted((2, 1)))
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"V({self.v})"
print(sorted([V(3), V(1), V(2)]))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:], sorted(range(10), key=lambda x: x % 3))
