# Decorators: plain, with arguments, stacking, class decorators, memoization by hand.
import time

call_log = []


def logged(func):
    def wrapper(*args, **kwargs):
        call_log.append(func.__name__)
        result = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {result!r}")
        return result
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator


def memoize(func):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


def timed(func):
    def wrapper(*args):
        start = time.perf_counter()
        value = func(*args)
        elapsed = time.perf_counter() - start
        wrapper.elapsed_ok = elapsed >= 0
        return value
    return wrapper


def validate(**types):
    def decorator(func):
        def wrapper(**kwargs):
            for name, expected in types.items():
                if name in kwargs and not isinstance(kwargs[name], expected):
                    raise TypeError(f"{name} must be {expected.__name__}")
            return func(**kwargs)
        return wrapper
    return decorator


registry = {}


def register(name):
    def decorator(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return decorator


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


@repeat(3)
def greet(name):
    return "hi " + name


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@timed
@memoize
def slow_square(n):
    return n * n


@validate(x=int, label=str)
def make(x=0, label=""):
    return f"{label}:{x}"


@register("circle")
class Circle:
    pass


@logged
@logged
def twice(x):
    return x * 2


add(2, 3)
add("a", "b")
print(add.__name__, add.__doc__)
print(greet("bob"))
print(fib(80), len(fib.cache))
print(slow_square(12), slow_square.elapsed_ok)
print(make(x=3, label="n"))
try:
    make(x="3")
except TypeError as e:
    print("TypeError:", e)
print(registry, Circle.registered_as)
twice(21)
print(call_log)


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)


@CountCalls
def hello(x):
    return x.upper()


print(hello("a"), hello("b"), hello.calls)
