print(list(), list("ab"), list((1, 2)), list(range(3)), list({"x": 1}), list(x for x in "hi"))
print(tuple(), tuple([1]), tuple("ab"), tuple({1: 2}))
print(dict(), dict(a=1), dict([("a", 1), ("b", 2)]), dict({"x": 0}, y=1), dict(zip("ab", "cd")))
print(set(), sorted(set([3, 1, 3])), sorted(set("aab")), frozenset(), frozenset([1, 1]) == frozenset({1}))
print(str(), str(5), str([1]), str(b"x", "ascii"), str(b"\xc3\xa9", encoding="utf-8"))
print(type(list()).__name__, type(dict()).__name__, type(frozenset()).__name__)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
