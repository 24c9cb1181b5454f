log = []
class Tracer:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("del " + self.name)
def scope():
    t = Tracer("local")
    log.append("in scope")
scope()
log.append("after scope")
t = Tracer("rebound")
t = Tracer("second")
log.append("after rebind")
lst = [Tracer("in list")]
lst.clear()
log.append("after clear")
d = {"k": Tracer("in dict")}
del d["k"]
log.append("after del key")
print("\n".join(log))
