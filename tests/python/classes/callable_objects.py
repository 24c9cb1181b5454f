class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale
m = Multiplier(3)
print(m(2), m(2, 1, 1), m(2, scale=10), callable(m), callable(Multiplier), callable(m.k))
print(list(map(Multiplier(2), [1, 2, 3])))
class Counter:
    count = 0
    def __call__(self):
        self.count += 1
        return self.count
c = Counter()
c(); c()
print(c(), Counter.count)
class Adder:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total += v
        return self
a = Adder()
a.add(1).add(2).add(3)
print(a.total)
bound = a.add
bound(10)
print(a.total, bound.__self__ is a, bound.__func__ is Adder.add)
try:
    5()
except TypeError as e:
    print("TypeError:", e)
try:
    Adder()()
except TypeError as e:
    print("TypeError:", e)
