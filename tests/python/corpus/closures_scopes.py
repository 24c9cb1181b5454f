# Closures, global and nonlocal, late binding, counters and accumulators.

counter = 0


def bump(n=1):
    global counter
    counter += n
    return counter


def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


def make_late():
    return [lambda x: x * i for i in range(4)]


def accumulator():
    items = []

    def add(x):
        items.append(x)
        return len(items)
    return add, items


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "changed by inner"
            return x
        inner()
        return x
    return middle(), x


bump()
bump(5)
print("counter", counter)
inc, get = make_counter(10)
inc()
inc(5)
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())
print([m(10) for m in make_multipliers()])
print([m(10) for m in make_late()])
add, items = accumulator()
add("a")
add("b")
print(items, add("c"))
print(outer())
print(inc.__closure__ is not None, len(inc.__closure__), make_counter.__closure__)


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


pipeline = compose(str, lambda x: x + 1, lambda x: x * 2)
print(repr(pipeline(5)))


def make_bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds")
        balance -= amount
        return balance
    return {"deposit": deposit, "withdraw": withdraw}


acct = make_bank(100)
print(acct["deposit"](50), acct["withdraw"](30))
try:
    acct["withdraw"](1000)
except ValueError as e:
    print(e)

x = 1


def read_global():
    return x


def shadow():
    x = 2
    return x


print(read_global(), shadow(), x)


def unbound():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound()
