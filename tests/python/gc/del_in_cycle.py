import gc
log = []
class Finalized:
    def __init__(self, name):
        self.name = name
        self.ref = None
    def __del__(self):
        log.append(self.name)
gc.collect()
a = Finalized("a")
b = Finalized("b")
a.ref = b
b.ref = a
del a, b
print("before collect:", sorted(log))
gc.collect()
print("after collect:", sorted(log))
gc.collect()
print("after second collect:", sorted(log))
x = Finalized("acyclic")
del x
print("refcount freed:", sorted(log))
class Resurrect:
    saved = []
    def __init__(self):
        self.me = self
    def __del__(self):
        Resurrect.saved.append(self)
        log.append("resurrect-del")
r = Resurrect()
del r
gc.collect()
print(len(Resurrect.saved), log.count("resurrect-del"))
Resurrect.saved.clear()
gc.collect()
print(log.count("resurrect-del"))
