print(format(3.14159, ".2f"), format(42, "06d"), format("text", "^10"), format(255, "x"), format(0.5, "%"))
print(format(1234567.891, ",.1f"), format(-5, "+"), format(True), format([1, 2]), format(12, ""))
print(callable(len), callable(print), callable(42), callable("s"), callable(lambda: 0), callable(int), callable(object()))
class F:
    def __call__(self):
        pass
class G:
    pass
print(callable(F()), callable(G()), callable(F), callable(G.__init__))
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
