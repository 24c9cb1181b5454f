# Generator pipelines: chained generators, send, yield from, infinite generators.


def read_lines(text):
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


def parse_pairs(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()


def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def chain(*iterables):
    for it in iterables:
        yield from it


config = """
# settings
name = weft
threads = 8   # cores
mode=fast

empty =
"""
print(dict(parse_pairs(strip_comments(read_lines(config)))))
print(list(take(10, primes())))
print(list(take(5, (x * x for x in naturals()))))
avg = running_average()
print(next(avg))
for v in [10, 20, 30, 40]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("finished with", stop.value)
print(list(flatten([1, [2, [3, [4, 5]], 6], (7, 8), [[[]]]])))
print(list(chain("ab", [1, 2], range(3))))
gen = (x for x in range(3))
print(next(gen), next(gen), next(gen), next(gen, "done"))
squares = (n * n for n in range(10))
evens = (s for s in squares if s % 2 == 0)
print(sum(evens))


def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown closed at", n)


c = countdown(5)
print(next(c), next(c))
c.close()
print(list(countdown(3)))


def delegator():
    result = yield from sub()
    yield "sub returned " + str(result)


def sub():
    yield 1
    yield 2
    return 99


print(list(delegator()))
