vals = [0, 1, -1, 42, 3.14159, -2.5, 1e10, 1234567.891, 0.000012345]
for v in vals:
    print(repr(v), format(v, ""), format(v, ">10"), format(v, "<8"), format(v, "^9"))
for v in [3.14159, -2.5, 1e10, 0.000012345, 100.0]:
    print(format(v, ".2f"), format(v, ".3e"), format(v, ".4g"), format(v, "g"), format(v, "%"), format(v, ".1%"))
for v in [0, 255, -255, 65535]:
    print(format(v, "x"), format(v, "X"), format(v, "#x"), format(v, "o"), format(v, "b"), format(v, "#010b"), format(v, "_d"))
print(format(1234567.125, ",.2f"), format(1234567, "_"), format(12, "+05d"), format(-12, "=6d"), format(12, " d"))
print(format(5, "*^7"), format("ab", "-<5"), format("ab", "->5"))
print(str(1e16), str(1e15), str(123.0), str(-0.0))
