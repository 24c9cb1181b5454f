import random

random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
print(random.random(), random.uniform(1, 2))
print(random.choice("abcdef"), random.choices(range(10), k=5), random.sample(range(100), 5))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.randrange(0, 100, 5), random.getrandbits(16), round(random.gauss(0, 1), 6))

rng = random.Random(42)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
hist = {s: rolls.count(s) for s in range(2, 13)}
for s, n in hist.items():
    print(f"{s:2d} {'#' * (n // 10)} {n}")
mean = sum(rolls) / len(rolls)
srt = sorted(rolls)
print(mean, (srt[499] + srt[500]) / 2, max(hist, key=hist.get))
print(round((sum((r - mean) ** 2 for r in rolls) / (len(rolls) - 1)) ** 0.5, 4))


def monte_carlo_pi(n, rng):
    inside = sum(1 for _ in range(n) if rng.random() ** 2 + rng.random() ** 2 <= 1)
    return 4 * inside / n


print(monte_carlo_pi(5000, random.Random(7)))


def random_walk(steps, rng):
    x = y = 0
    path = [(x, y)]
    for _ in range(steps):
        dx, dy = rng.choice([(0, 1), (0, -1), (1, 0), (-1, 0)])
        x, y = x + dx, y + dy
        path.append((x, y))
    return path


walk = random_walk(50, random.Random(3))
print(walk[-1], len(set(walk)), max(abs(a) + abs(b) for a, b in walk))
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
weights = [0.1, 0.2, 0.7]
picks = random.Random(1).choices(["a", "b", "c"], weights=weights, k=20)
print("".join(picks), sorted(set(picks)))
