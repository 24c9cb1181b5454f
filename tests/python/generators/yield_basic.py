def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "default"))
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(6)), sum(squares(4)))
for v in squares(3):
    print("loop", v)
def empty():
    return
    yield
print(list(empty()))
def infinite():
    i = 0
    while True:
        yield i
        i += 1
it = infinite()
print([next(it) for _ in range(5)])
g = squares(3)
print(iter(g) is g, list(g), list(g))
