# array: typed storage, range checks, sequence operations and byte conversions.
from array import array
import array as array_module

for tc, v in (("b", 200), ("B", -1), ("h", 1 << 20), ("H", -1), ("i", 1 << 40), ("I", -1), ("l", 1 << 70),
              ("L", -1), ("q", 1 << 70), ("Q", -1), ("i", 1.5), ("f", "x"), ("u", 1), ("b", -200)):
    try:
        array(tc, [v])
    except (OverflowError, TypeError) as e:
        print(tc, type(e).__name__, e)
try:
    array("z")
except ValueError as e:
    print("ValueError", e)

a = array("i", [1, 2, 3])
print(a, repr(array("d")), array("u", "hi"), a.itemsize, a.typecode, a.tobytes(), a[1:], a * 2, a + a)
print(a == array("i", [1, 2, 3]), a == array("l", [1, 2, 3]), a.tolist(), list(a), len(a), 2 in a, a[-1])
for f in (lambda: a + array("d"), lambda: a.index(9), lambda: a.remove(9), lambda: array("i").pop(), lambda: a[10],
          lambda: a.frombytes(b"abc")):
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
a[0:2] = array("i", [7])
print(a)
try:
    a[0:1] = [1]
except TypeError as e:
    print("TypeError", e)
a.append(4)
a.extend([5, 6])
a.insert(0, -1)
print(a, a.pop(), a.pop(0), a.count(4), a.index(4))
a.reverse()
print(a)
a[0] = 9
del a[1]
print(a)
print(array("b", b"ab"), array("d", [1, 2]), array("f", [0.1]), array_module.typecodes)

# Byte conversions round-trip for every typecode.
for tc, items in (("b", [-1, 2]), ("B", [255, 0]), ("h", [-300, 7]), ("H", [65535]), ("i", [-5, 1 << 30]),
                  ("I", [4000000000]), ("l", [-(1 << 62)]), ("L", [1 << 63]), ("q", [-2]), ("Q", [3]),
                  ("f", [1.5, -0.25]), ("d", [1e300]), ("u", "hé")):
    x = array(tc, items)
    raw = x.tobytes()
    y = array(tc)
    y.frombytes(raw)
    print(tc, x.itemsize, raw, y == x, y)
s = array("H", [1, 2])
s.byteswap()
print(s, array("u", "abc").tounicode(), array("i", array("i", [4, 5])))
f = array("f", [0.1])
print(f[0] == 0.1, f[0])
