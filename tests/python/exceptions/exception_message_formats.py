import math
cases = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: [1, 2].remove(5),
    lambda: (1, 2).index(7),
    lambda: {1, 2}.remove(5),
    lambda: "a".join([1]),
    lambda: int("12", 1),
    lambda: range(0, 10, 0),
    lambda: list(zip(*5)),
    lambda: print(sep=5),
    lambda: isinstance(1, "int"),
    lambda: "abc".split(1),
    lambda: [][:] + 1,
    lambda: getattr(5, "real", 1, 2),
    lambda: 1 < [],
    lambda: {}.get(),
    lambda: max(1),
    lambda: round("1"),
    lambda: bytes("x"),
    lambda: "abc".encode("nope"),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
