def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([p for p in range(60) if is_prime(p)])
print({p: [d for d in range(1, p + 1) if p % d == 0] for p in (12, 13, 28)})
names = ["ann", "Bob", "carla", "Dave"]
print([n.capitalize() for n in names if len(n) > 3])
print(dict(zip(names, [len(n) for n in names])))
data = [("x", 3), ("y", -1), ("z", 0)]
print([k for k, v in data if v], [v for _, v in sorted(data, key=lambda t: t[1])])
print(["even" if i % 2 == 0 else "odd" for i in range(5)])
print(sum([i for i in range(1000) if i % 3 == 0 or i % 5 == 0]))
