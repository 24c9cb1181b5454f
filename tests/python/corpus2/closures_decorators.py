import functools
import time


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1, c2 = counter(), counter()
print(c1(), c1(), c1(5), c2())

total = 0


def add_to_total(x):
    global total
    total += x
    return total


print([add_to_total(i) for i in range(5)], total)


def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator


@repeat(3)
def hello(name):
    """Say hello."""
    return f"hi {name}"


print(hello("ann"), hello.__name__, hello.__doc__, hello.__wrapped__("x"))


def trace(func):
    depth = [0]

    @functools.wraps(func)
    def wrapper(*args):
        print("  " * depth[0] + f"-> {func.__name__}{args}")
        depth[0] += 1
        try:
            result = func(*args)
        finally:
            depth[0] -= 1
        print("  " * depth[0] + f"<- {result}")
        return result
    return wrapper


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


fact(4)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits > 0)
fib.cache_clear()
print(fib.cache_info())


@functools.cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print([ways(i) for i in range(10)])
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
double = functools.partial(lambda a, b: a * b, 2)
print(double(21), double.args, functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [3, 9, 2], 0))


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *a, **k):
        self.calls += 1
        return self.func(*a, **k)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.calls, square.__name__)


def memoize(func):
    cache = {}

    def inner(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    inner.cache = cache
    return inner


@memoize
def slow_add(a, b):
    return a + b


slow_add(1, 2); slow_add(1, 2); slow_add(2, 3)
print(sorted(slow_add.cache.items()))


def make_multiplier(n):
    return lambda x: x * n


print(list(map(make_multiplier(3), [1, 2, 3])), make_multiplier(2).__closure__[0].cell_contents)


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()


print(outer())


def kw_only(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)


print(kw_only(1, c=3), kw_only(1, 2, 3, 4, c=5, e=6), kw_only(*[1, 2], **{"c": 0}))


def pos_only(a, b, /, c):
    return a + b + c


print(pos_only(1, 2, c=3))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
print(kw_only.__defaults__, kw_only.__kwdefaults__, kw_only.__code__.co_argcount)
