it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "exhausted"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
data = [5, 6, 0, 7]
pos = iter(data)
def reader():
    return next(pos)
print(list(iter(reader, 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
s = iter("xy")
print(list(s), list(s))
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
try:
    iter(tick, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
