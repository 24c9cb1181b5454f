def gen():
    yield 1
    return "the value"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def gen2():
    return
    yield
try:
    next(gen2())
except StopIteration as e:
    print("value:", e.value, e.args)
def bad():
    raise StopIteration("inside")
    yield
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(4)))
