r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 5 in r, 6 in r, r.index(8), r.count(11))
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(3, 3)), list(range(-5, 5, 4)))
print(range(10)[::-2], list(range(10)[::-2]), range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(sum(range(101)), max(range(7)), sorted(range(3), reverse=True), reversed(range(3)).__class__.__name__, list(reversed(range(3))))
print(range(3).start, range(3).stop, range(1, 9, 2).step)
