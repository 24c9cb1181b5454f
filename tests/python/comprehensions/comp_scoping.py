class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        factor = 10
        scaled = [v * factor for v in vals]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(C.doubled, C.scaled)
def f():
    n = 3
    return [n * i for i in range(n)]
print(f())
def g():
    funcs = [lambda: i for i in range(3)]
    return [fn() for fn in funcs]
print(g())
i = "global i"
print([i for i in range(2)], i)
print([[i for i in range(j)] for j in range(4)])
print([(x, y) for x in range(3) if x for y in range(x)])
print([v for v in (yield_val for yield_val in range(3))])
