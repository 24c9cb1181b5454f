# Instance attributes and __dict__ of list, dict, set and frozenset subclasses; a
# cycle through such an attribute dict is collected.
import gc


class S(set):
    pass


s = S([1])
s.x = 1
print(s.x, s, vars(s), s | {2}, type(s | {2}).__name__)


class FS(frozenset):
    def __init__(self, items):
        self.size = len(items)


f = FS([1, 2, 2])
f.y = 2
print(f.y, f.size, sorted(f), vars(f), hash(f) == hash(frozenset([1, 2])))


class L(list):
    pass


lst = L([3])
lst.a = 1
print(vars(lst), lst.__dict__, lst)


class D(dict):
    pass


d = D(k=1)
d.a = 1
print(vars(d), d)


class Node(set):
    pass


for i in range(100):
    n = Node()
    n.me = n
del n
gc.collect()
print("collected")
try:
    set().x = 1
except AttributeError as e:
    print("AttributeError:", e)
