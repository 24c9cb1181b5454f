import functools
from functools import (reduce, partial, wraps, lru_cache, cache, cached_property,
                       cmp_to_key, total_ordering, singledispatch, update_wrapper)
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(operator.add, [], 0), reduce(max, [3]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)

p = partial(int, base=2)
print(p('1010'), p.func, p.args, p.keywords, p)
add3 = partial(lambda a, b, c: a + b + c, 1)
add3b = partial(add3, 2)
print(add3b(3), add3b.args, partial(max, 1, 2), partial(max, key=abs)(-5, 3))


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) * 2
    return inner


@deco
def double_me(x):
    """Return x."""
    return x


print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4))


def plain(): pass


def wrapper(): pass


update_wrapper(wrapper, plain)
print(wrapper.__name__, wrapper.__qualname__, wrapper.__wrapped__ is plain)

calls = []


@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


calls.clear()
for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info(), sq.cache_parameters())


@lru_cache
def bare(x, y=1):
    return x + y


print(bare(1), bare(1, y=1), bare(1, 1), bare.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed.cache_info().currsize)


@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(30), fact.cache_info().misses)


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r

    @lru_cache(maxsize=8)
    def scaled(self, k):
        return self.r * k


c = Circle(2)
print(c.area, c.area, c.computed, 'area' in c.__dict__, c.scaled(3), c.scaled(3))
del c.area
print(c.area, c.computed, type(Circle.__dict__['area']).__name__)


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(['pear', 'fig', 'apple', 'kiwi'], key=cmp_to_key(by_len_then_alpha)))
print(max([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), sorted([b, a]), max(a, b))
try:
    total_ordering(type('Empty', (), {}))
except ValueError as e:
    print(e)


@singledispatch
def describe(x):
    return 'object'


@describe.register
def _(x: int):
    return 'int %d' % x


@describe.register(list)
def _(x):
    return 'list of %d' % len(x)


describe.register(str, lambda x: 'str ' + x)
print(describe(1), describe(True), describe([1, 2]), describe('s'), describe(2.0), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), object in describe.registry)
