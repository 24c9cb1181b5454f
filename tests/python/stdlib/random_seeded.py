# random: exact CPython sequences for integer, negative, big, float and str seeds.
import random

for seed in [0, 1, 42, 12345, -7, 2**32, 2**64 + 3, 10**30, 3.5, "hello", b"bytes", ""]:
    random.seed(seed)
    print(repr(seed), [random.random() for _ in range(3)])
    print(" bits", random.getrandbits(1), random.getrandbits(31), random.getrandbits(32),
          random.getrandbits(33), random.getrandbits(100), random.getrandbits(0))
    print(" ints", [random.randint(1, 6) for _ in range(10)], random.randrange(10**20))
    print(" range", random.randrange(10), random.randrange(3, 30, 3), random.randrange(30, 3, -4))

random.seed(99)
print([round(random.uniform(-5, 5), 12) for _ in range(3)])
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
lst = list(range(20))
random.shuffle(lst)
print(lst)
print(random.sample(range(100), 10))
print(random.sample(range(10**6), 5))
print(random.sample(["a", "b", "c", "d"], 4))
print(random.sample(["x", "y"], k=5, counts=[3, 2]))
print(random.choices("abc", k=8))
print(random.choices("abc", weights=[1, 5, 10], k=8))
print(random.choices("abc", cum_weights=[1, 2, 10], k=8))
print(random.gauss(0, 1), random.gauss(10, 2), random.gauss())
print(random.normalvariate(5, 2), random.expovariate(1.5))
print(random.triangular(), random.triangular(0, 10, 7), random.lognormvariate(0, 1))
print(random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(3, 2))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(10))

# getstate / setstate replay
st = random.getstate()
a = [random.random() for _ in range(5)]
random.setstate(st)
b = [random.random() for _ in range(5)]
print(a == b, len(st[1]), st[0])

# independent Random instances
r1 = random.Random(5)
r2 = random.Random(5)
print([r1.randint(0, 100) for _ in range(5)] == [r2.randint(0, 100) for _ in range(5)])
r3 = random.Random()
r3.seed(5)
print(r3.random(), random.Random(5).random())

# long runs cross the 624-word regeneration boundary many times
g = random.Random(2024)
s = 0.0
for _ in range(5000):
    s += g.random()
print(round(s, 9), g.getrandbits(64))

# errors
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5),
            lambda: random.randrange(1, 10, 0), lambda: random.choice([]),
            lambda: random.sample(range(3), 4), lambda: random.getrandbits(-1),
            lambda: random.sample({1, 2}, 1), lambda: random.choices("ab", [1], k=2),
            lambda: random.seed([1, 2])]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)


class MyRandom(random.Random):
    def random(self):
        return 0.5

m = MyRandom(1)
print(m.randrange(10), m.choice("abcdef"), m.uniform(0, 4))
