x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
class K:
    x = "class"
    y = x + "!"
    def m(self):
        return x
print(K.y, K().m())
print([x for x in range(3)], x)
for loopvar in range(3):
    pass
print(loopvar)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c()
print(c())
g = 1
def setg():
    global g
    g = 99
setg()
print(g)
print(sorted(k for k in ("x", "g", "K") if k in globals()))
def uses_later():
    return later_defined * 2
later_defined = 21
print(uses_later())
