assert True
assert 1 == 1, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print("AssertionError:", e)
try:
    x = [1, 2]
    assert len(x) == 3, f"length was {len(x)}"
except AssertionError as e:
    print("AssertionError:", e)
def check(v):
    assert isinstance(v, int), ("not an int", v)
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e.args)
