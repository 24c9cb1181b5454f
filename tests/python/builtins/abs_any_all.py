print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(2 ** 70)), abs(True), abs(-0.0))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
print(any([]), any([0, 0]), any([0, 1]), any("x"), any(x > 5 for x in range(10)))
print(all([]), all([1, 1]), all([1, 0]), all(""), all(x < 10 for x in range(10)))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
