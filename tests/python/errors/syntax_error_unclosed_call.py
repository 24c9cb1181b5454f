total = sum(
    [1, 2, 3],
    10
print(total)
