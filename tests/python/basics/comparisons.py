a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 < b, 1 < 2 < 3 < 4 < 5, 5 > 4 > 6)
print(1 <= 1 <= 1, 1 < 1 <= 2, 3 != 4 != 3)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" < "abd", "Z" < "a")
print([] == [], [1] == [1.0], (1, 2) == (1, 2), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print("a" == "a", "a" is not None, [1] is [1] if False else "skip")
x = [1, 2]
y = x
print(x is y, x == y, x is not y)
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", 2 in {2: 0}, 5 in range(10))
print(None == 0, None != 0)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < None)
except TypeError as e:
    print("TypeError:", e)
print(max([3, 1, 2]), min("hello"), sorted([(2, "b"), (1, "z"), (2, "a")]))
