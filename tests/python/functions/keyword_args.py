def describe(name, age, *, city="Nowhere", **other):
    extras = ", ".join(f"{k}={v!r}" for k, v in other.items())
    return f"{name} ({age}) from {city}" + (f" [{extras}]" if extras else "")
print(describe("Ann", 30))
print(describe(age=5, name="Kid", city="Oslo"))
print(describe("Bo", 41, job="dev", pets=["cat"]))
opts = {"city": "Rome", "lang": "it"}
print(describe("Gio", 22, **opts))
try:
    describe("x", 1, **{"city": "a"}, city="b")
except TypeError as e:
    print("TypeError:", e)
def f(a, b):
    return a - b
print(f(b=1, a=10), f(*(5, 2)), f(**{"a": 3, "b": 4}))
def g(**kw):
    return sorted(kw)
print(g(**{"x": 1}, y=2, **{"z": 3}))
