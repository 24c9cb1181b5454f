class Empty(Exception):
    pass


def f():
    raise Empty


print("before")
f()
