# list/tuple method corner cases: index ranges, insert clamping, sort keywords,
# errors, and mutation during sort.
l = [5, 3, 8, 1]
l.sort(reverse=True)
print(l)
l.sort(key=lambda x: -x)
print(l)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
for bad in (lambda: l.sort(1), lambda: [1, "a"].sort(), lambda: l.sort(cmp=None)):
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
l.extend(l)
l.extend((0, 0))
l.extend(range(2))
print(l, l.index(8, 2), l.index(8, -8), l.index(1, -100, 100))
try:
    l.index(8, 3, 4)
except ValueError as ex:
    print("ValueError:", ex)
for bad in (lambda: [1].pop(5), lambda: [].pop(0), lambda: [1].index("x"), lambda: [1].remove(2)):
    try:
        bad()
    except (IndexError, ValueError) as ex:
        print(type(ex).__name__ + ":", ex)
l.insert(-100, "s")
l.insert(2, "m")
l.insert(100, "e")
print(l, l.pop(-3), l.count(0), l.count(8))
print([1, 2, 1].count(1), (1, 2, 1).count(1), (1, 2, 3).index(3), (1, 2).index(2, -1), (1, 2, 3).index(2, 0, 2))
try:
    (1,).index(5)
except ValueError as ex:
    print("ValueError:", ex)
ls = [3, 1, 2]
def bad_key(x):
    ls.append(1)
    return x
try:
    ls.sort(key=bad_key)
except ValueError as ex:
    print("ValueError:", ex, ls)
r = [1, 2, 3]
r.reverse()
cp = r.copy()
r.clear()
print(r, cp, cp is not r)
nan = float("nan")
print([nan].count(nan), [nan].index(nan), nan in [nan])
try:
    list.append()
except TypeError as ex:
    print("TypeError:", ex)
