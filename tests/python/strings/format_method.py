print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name} is {age}".format(name="Ann", age=3))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^10}".format("mid"))
print("{:.3f} {:10.2f} {:e} {:%}".format(3.14159, 2.5, 12345.678, 0.256))
print("{:d} {:5d} {:05d} {:x} {:#X} {:b} {:,}".format(7, 42, 42, 255, 255, 5, 1234567))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))
class P:
    x = 3
    y = 4
print("({0.x}, {0.y})".format(P()))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{literal}} {}".format(1))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{:+} {:+} {: }".format(5, -5, 5))
print(format("s", "5"), format(3, "5"), format(True, "d"), format(None, ""))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
print("{:s}".format("str"), "{:10}|".format("s"), "{:<10}|".format(5), "{:>3}".format("long text"))
print("%s" % "only", "{0:>{1}}".format("x", 4))
