import bisect
import heapq


def bubble(xs):
    xs = xs[:]
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped:
            break
    return xs


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out += right[j:]
    return out


def quick(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])


def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
print(bubble(data), merge_sort(data) == sorted(data), quick(data))
s = sorted(data)
print([binary_search(s, t) for t in (3, 82, -5, 100)], bisect.bisect_left(s, 10), bisect.bisect(s, 3))
bisect.insort(s, 11)
print(s)
h = []
for x in data:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(4)], heapq.nlargest(3, data), heapq.nsmallest(2, data))
tasks = [(3, "low"), (1, "urgent"), (2, "mid")]
heapq.heapify(tasks)
print(heapq.heappop(tasks), tasks[0])
xs = list(range(10))
print(xs[::2], xs[::-1], xs[-3:], xs[2:8:3], xs[:-7], xs[100:])
xs[2:5] = ["a", "b"]
print(xs)
del xs[::3]
print(xs, xs.index("a"), xs.count(9))
xs.insert(0, "start"); xs.insert(100, "end"); xs.insert(-1, "pen")
print(xs, xs.pop(), xs.pop(0), len(xs))
xs.reverse()
print(xs)
xs.remove("a")
xs.clear()
print(xs, [] == xs, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [[1]] * 3, [0] * 0)
matrix = [[0] * 3 for _ in range(3)]
matrix[1][1] = 5
print(matrix, [row[:] for row in matrix] == matrix)
words = ["banana", "Apple", "cherry", "apple", "date"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (len(w), w)))
words.sort(key=len, reverse=True)
print(words)
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 22)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
from operator import itemgetter, attrgetter
print(sorted(people, key=itemgetter(1)), list(map(itemgetter(0), people)))
print(any(x > 40 for x in data), all(x > -10 for x in data), sum(data) / len(data))
print(list(enumerate("abc")), list(zip([1, 2, 3], "ab")), [*range(3), *"xy"])
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
print([i for i in range(20) if i % 3 == 0 if i % 2], [[j for j in range(i)] for i in range(4)])
print(sorted(set(data)), list(dict.fromkeys(data)), data.copy() is not data)
