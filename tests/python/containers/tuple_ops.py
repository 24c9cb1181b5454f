t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t.count(2), t.index(3), 2 in t)
print(t + (4,), t * 2, (), (1,), tuple([1, 2]), tuple("ab"), tuple(range(3)))
a, b, *c = t
print(a, b, c)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 99), (1, 2) == (1, 2))
nested = ((1, 2), (3, 4))
print([x for pair in nested for x in pair], dict(nested))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
x = ([1], 2)
x[0].append(3)
print(x, type(x).__name__, repr((1,)), repr(()))
print(max((3, "a"), (3, "b")), sorted([(2, 1), (1, 2), (1, 1)]))
