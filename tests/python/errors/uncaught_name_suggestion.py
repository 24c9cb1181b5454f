def compute_total(values):
    total = 0
    for v in values:
        total += v
    return totl


print(compute_total([1, 2, 3]))
