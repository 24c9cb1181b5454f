# Star-unpacking, enumerate/zip/map/filter, any/all, reversed, and friends.

first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
head, *tail = "hello"
print(head, tail)
*init, end = range(4)
print(init, end)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
x, y = y, x = 1, 2
print(x, y)
print(*[1, 2, 3], sep=", ")
print([*range(3), *"ab", *(9,)], {*"aab", *[1]} == {"a", "b", 1})
defaults = {"color": "red", "size": 1}
print({**defaults, "size": 3, **{"shape": "box"}})


def f(a, b, *args, key=None, **kwargs):
    return a, b, args, key, kwargs


print(f(1, 2))
print(f(*[1, 2, 3, 4], key="k", extra=True))
print(f(**{"a": 10, "b": 20, "z": 0}))
for i, ch in enumerate("abc", start=1):
    print(i, ch, end="; ")
print()
names = ["ann", "bob", "cy"]
ages = [30, 25, 41, 99]
print(list(zip(names, ages)), dict(zip(names, ages)))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(list(map(str.upper, names)), list(map(lambda p, q: p * q, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "x", [], [0], None])), list(filter(lambda n: n % 3 == 0, range(10))))
print(any(n > 40 for n in ages), all(n > 20 for n in ages), any([]), all([]))
print(list(reversed(names)), list(reversed(range(5))), sum(range(101)), sum([0.5] * 4, 10))
print(min(3, 1, 2), max("abc", "b"), min([], default="empty"), max([1, 5, 3], key=lambda v: -v))
print(divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, 100, 1000), abs(-7.5), round(3.14159, 3))
print(list(enumerate(zip("xy", "pq"))))
for idx, (n, age) in enumerate(zip(names, ages)):
    print(f"{idx}:{n}={age}", end=" ")
print()
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "stop"))
print(sorted(map(len, names)), list(map(int, "1 2 3".split())))
print(isinstance(map(str, []), object), type(zip()).__name__, type(enumerate([])).__name__)
matrix = [[1, 2, 3], [4, 5, 6]]
print([sum(col) for col in zip(*matrix)], list(map(sum, matrix)))
print(chr(sum(map(ord, "AB")) // 2), len(list(filter(str.isdigit, "a1b22c333"))))
(p, q), r = "ab", "c"
print(p, q, r)
for k, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(k, rest)
