def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())
def outer():
    x = 1
    def middle():
        def inner():
            return x + 1
        return inner
    x = 41
    return middle()()
print(outer())
def accumulate():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add
a = accumulate()
a(1)
print(a(2))
print(add5.__closure__ is not None, make_adder.__closure__)
def late():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print("NameError:", e)
    y = 2
    return f()
print(late())
