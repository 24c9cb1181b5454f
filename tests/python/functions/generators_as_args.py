def stats(*values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return n, mean, var
print(stats(2, 4, 4, 4, 5, 5, 7, 9))
print(sum(x * x for x in range(10)), max(len(w) for w in "a bb ccc".split()))
print(", ".join(str(i) for i in range(5)))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
print(dict((k, len(k)) for k in ("one", "three")))
