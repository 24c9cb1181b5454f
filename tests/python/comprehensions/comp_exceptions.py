def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
print([safe_div(10, d) for d in (1, 2, 0, 5)])
try:
    [1 / d for d in (1, 0)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {k: undefined_name for k in range(1)}
except NameError as e:
    print("NameError:", e)
try:
    [int(s) for s in ["1", "x"]]
except ValueError as e:
    print("ValueError:", e)
