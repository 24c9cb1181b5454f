class P:
    a = 1
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
print(vars(p), sorted(p.__dict__))
print([n for n in dir(p) if not n.startswith("_")])
print("append" in dir([]), "upper" in dir(""), "__len__" in dir({}))
def f():
    local_a = 1
    local_b = 2
    return sorted(locals())
print(f())
print("__name__" in globals(), globals()["__name__"])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
