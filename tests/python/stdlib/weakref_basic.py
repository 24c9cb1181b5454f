# weakref (emulated with strong references): ref, proxy, weak containers.
import weakref


class Node:
    def __init__(self, v):
        self.v = v


n = Node(5)
r = weakref.ref(n)
print(r() is n, r().v)
p = weakref.proxy(n)
print(p.v)
cache = weakref.WeakValueDictionary()
cache["a"] = n
print(cache["a"].v, "a" in cache, len(cache))
wk = weakref.WeakKeyDictionary()
wk[n] = 1
print(wk[n])
ws = weakref.WeakSet()
ws.add(n)
print(n in ws, len(ws))
calls = []
f = weakref.finalize(n, calls.append, "done")
print(f.alive, f(), calls, f.alive)
