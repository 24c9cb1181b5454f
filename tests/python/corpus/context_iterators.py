# Context managers (classes), custom iterators, __getattr__ delegation, __call__.


class Timer:
    def __init__(self, label, log):
        self.label = label
        self.log = log

    def __enter__(self):
        self.log.append(f"enter {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.label} {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError


log = []
with Timer("a", log) as t:
    log.append(f"inside {t.label}")
with Timer("b", log):
    raise KeyError("swallowed")
try:
    with Timer("c", log):
        raise ValueError("propagates")
except ValueError as e:
    log.append(f"caught {e}")
with Timer("outer", log), Timer("inner", log):
    log.append("body")
print("\n".join(log))


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(4)
print(list(cd), list(cd), sum(cd), 3 in cd, max(cd))
it = iter(cd)
print(next(it), next(it), list(it))


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __getitem__(self, i):
        if i >= self.limit:
            raise IndexError(i)
        a, b = 0, 1
        for _ in range(i):
            a, b = b, a + b
        return a


print(list(Fib(10)), 13 in Fib(10))


class Proxy:
    def __init__(self, target):
        self._target = target
        self.accessed = []

    def __getattr__(self, name):
        self.accessed.append(name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.accessed, p.count(1))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))

    def __len__(self):
        return len(self.coeffs)

    def __contains__(self, c):
        return c in self.coeffs


poly = Polynomial(1, 0, 2)
print([poly(x) for x in range(5)], len(poly), 2 in poly, callable(poly), callable(3))


class Registry:
    def __init__(self):
        self._data = {}

    def __setitem__(self, k, v):
        self._data[k.lower()] = v

    def __getitem__(self, k):
        return self._data[k.lower()]

    def __delitem__(self, k):
        del self._data[k.lower()]

    def __iter__(self):
        return iter(sorted(self._data))


reg = Registry()
reg["Alpha"] = 1
reg["BETA"] = 2
print(reg["ALPHA"], list(reg))
del reg["alpha"]
print(list(reg))
