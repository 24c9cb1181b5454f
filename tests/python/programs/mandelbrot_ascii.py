def mandel(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
chars = " .:-=+*#%@"
for y in range(-10, 11):
    row = []
    for x in range(-40, 20):
        c = complex(x / 20, y / 10)
        n = mandel(c)
        row.append(chars[min(n * len(chars) // 31, len(chars) - 1)])
    print("".join(row).rstrip())
print(mandel(0j), mandel(1 + 1j), mandel(-1 + 0j))
