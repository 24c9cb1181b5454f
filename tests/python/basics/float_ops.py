import math
print(1 + 2.0, 3 * 0.5, 7 / 2.0, 2 - 0.25)
print(1 == 1.0, 1.0 == True, 0.0 == False, 2 < 2.5, 3 >= 3.0)
print(math.isnan(float("nan")), float("nan") == float("nan"), float("inf") > 10 ** 300)
x = float("nan")
print(x != x, [x] == [x] if False else "skip")
print(max(1.5, 2), min(-0.5, 0), abs(-3.25))
print(int(2.5) + 0.5, float(10 ** 15) + 1)
print(1e300 * 1e300, -1e300 * 1e300)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(round(123.456, -1), round(123.456, 0), round(-0.5), round(0.5), round(1.5))
