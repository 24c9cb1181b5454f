print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-7.5, 2), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else "skip", pow(3, 4, 5), pow(7, 123456, 1000), pow(2, 100, 10 ** 9 + 7))
print(pow(3, -1, 7), pow(10, 0, 3), pow(0, 0))
print(round(3.14159), round(3.14159, 2), round(2.5), round(3.5), round(-1.5), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(0.125, 2), round(0.375, 2), round(1e20), round(-0.4), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(5), round(5, 1), round(-17, -1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
