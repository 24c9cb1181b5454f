# heapq: heap layouts, n-largest/smallest with keys and ties, merge.
import heapq
import random

random.seed(3)
data = [random.randrange(100) for _ in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)])
h2 = data[:]
heapq.heapify(h2)
print(h2)
print(heapq.heapreplace(h2, 50), h2[:8])
print(heapq.heappushpop(h2, 1), heapq.heappushpop(h2, 99), h2[:8])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data))
print(heapq.nlargest(1, data), heapq.nsmallest(1, []), heapq.nlargest(0, data))
print(heapq.nlargest(100, data)[:5], heapq.nsmallest(3, iter(data)))
words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum", "grape"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nsmallest(4, iter(words), key=lambda w: w[-1]))
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e")]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]), heapq.nlargest(3, pairs, key=lambda p: p[0]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9], [])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge()))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (3, "exec"))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)


class Item:
    def __init__(self, p):
        self.p = p

    def __lt__(self, other):
        return self.p < other.p


items = [Item(p) for p in [5, 3, 8, 1]]
heapq.heapify(items)
print([heapq.heappop(items).p for _ in range(4)])
