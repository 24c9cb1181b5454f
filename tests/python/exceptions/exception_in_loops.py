results = []
for value in ["1", "2", "x", "4", "", "6"]:
    try:
        n = int(value)
    except ValueError:
        results.append("bad:" + repr(value))
        continue
    else:
        results.append(n * 10)
    finally:
        results.append("|")
print(results)
def parse_all(items):
    ok, errors = [], []
    for i, item in enumerate(items):
        try:
            if not isinstance(item, str):
                raise TypeError(f"item {i} is {type(item).__name__}")
            ok.append(float(item))
        except (TypeError, ValueError) as e:
            errors.append(str(e))
    return ok, errors
print(parse_all(["1.5", 2, "abc", "1e3", None]))
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)
