class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "end"))
for v in Countdown(2):
    print("for", v)
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(100)
print(list(f), sum(f), max(f), sorted(f, reverse=True)[:3])
print(list(zip(Countdown(3), Fib(10))), dict(enumerate(Countdown(2))))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2, 3])
print(next(it), list(it), type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__)
a, b, c = Countdown(3)
print(a, b, c)
