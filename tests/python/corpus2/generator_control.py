import functools
import itertools


def numbers():
    try:
        n = 0
        while True:
            try:
                received = yield n
            except ValueError as e:
                print("  generator caught:", e)
                n = -1
                continue
            n = n + 1 if received is None else received
    finally:
        print("  generator finalized at", n)


g = numbers()
print(next(g), next(g), g.send(10), next(g))
print(g.throw(ValueError("reset")))
print(next(g))
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted after close")


def gen_raise():
    yield 1
    raise KeyError("inside")


try:
    for v in gen_raise():
        print("got", v)
except KeyError as e:
    print("KeyError from generator:", e)


def chunked(iterable, size):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


print(list(chunked(range(10), 4)), list(chunked([], 3)))


def window(seq, n=2):
    it = iter(seq)
    win = tuple(itertools.islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win


print(list(window("abcde", 3)))


def compare(a, b):
    return (a[1] > b[1]) - (a[1] < b[1]) or (a[0] > b[0]) - (a[0] < b[0])


pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=functools.cmp_to_key(compare)))
stable = sorted([("x", 1), ("y", 0), ("z", 1), ("w", 0)], key=lambda p: p[1])
print(stable)


def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(itertools.islice(primes(), 15)))
gen = (x * x for x in range(3))
print(gen.__name__, type(gen).__name__, list(gen))


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)


t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6, Tree(7))))
print(list(t), sum(t), t.depth(), max(t), sorted(t, reverse=True)[:3])


def running_avg():
    total, count = 0.0, 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = round(total / count, 3)


ra = running_avg()
next(ra)
print([ra.send(x) for x in [4, 8, 15, 16, 23, 42]])
it = iter(range(3))
for x in it:
    print("outer", x, "inner", next(it, None))
nested = [[1, 2], [3], [], [4, 5, 6]]
print([y for x in nested for y in x], list(itertools.chain(*nested)), functools.reduce(lambda a, b: a + b, nested))
