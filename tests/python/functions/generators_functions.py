def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib_gen()
print([next(g) for _ in range(12)])
print(type(countdown(1)).__name__)
