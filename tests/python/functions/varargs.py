def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, a=3))
print(f(*range(3), **{"k": "v"}))
def g(a, b, *rest, c=10, **extra):
    return a, b, rest, c, extra
print(g(1, 2))
print(g(1, 2, 3, 4, c=5, d=6))
print(g(*[1, 2, 3], **{"c": 0, "z": 1}))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(start=100), total(1, 2, start=10))
def kw_only(a, *, b, c=3):
    return a + b + c
print(kw_only(1, b=2), kw_only(1, b=2, c=0))
try:
    kw_only(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def mixed(a, /, b, *, c):
    return [a, b, c]
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def kwargs_order(**kw):
    return list(kw.items())
print(kwargs_order(z=1, a=2, m=3))
