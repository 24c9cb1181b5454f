data = [1, 5, 8, 12, 3]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 9])
i = 0
while (i := i + 1) < 4:
    print("i", i)
print(i)
def pairs():
    return [(a, b) for a in range(3) for b in range(a)]
print(pairs())
print(1 if (z := 0) else 2, z)
x = y = z = 7
print(x, y, z)
a = b = []
a.append(1)
print(b)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2)
print(0 ** 0, 0.0 ** 0)
pass
...
print(..., Ellipsis is ...)
