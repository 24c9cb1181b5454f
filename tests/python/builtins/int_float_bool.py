print(int(), int(3.9), int(-3.9), int("42"), int("-0x1a", 16), int("101", 2), int("z", 36), int("0o10", 0), int(True))
print(float(), float(3), float("2.5"), float("-inf"), float("1e-3"), float(" 7 "), float(True))
print(bool(), bool(0), bool(2), bool(""), bool("0"), bool([]), bool(None), bool(0.0), bool(float("nan")))
class N:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3
print(int(N()), float(N()), [10, 20, 30, 40][N()], hex(N()))
class T:
    def __trunc__(self):
        return 9
try:
    print(int(T()))
except TypeError as e:
    print("TypeError:", e)
for bad in ["1.5", "", " ", "0x", "1e3"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
