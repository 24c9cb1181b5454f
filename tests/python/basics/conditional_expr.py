for n in range(-2, 3):
    s = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, s)
x = 5
print("big" if x > 3 else "small", ("even" if x % 2 == 0 else "odd").upper())
f = (lambda v: v * 2) if x else (lambda v: v)
print(f(4))
print([("F" if i % 3 == 0 else "") + ("B" if i % 5 == 0 else "") or str(i) for i in range(1, 16)])
def side(msg, val):
    print("eval", msg)
    return val
print(side("a", 1) if side("cond", False) else side("b", 2))
