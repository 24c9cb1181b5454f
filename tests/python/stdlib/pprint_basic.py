# pprint/pformat layouts of nested containers at several widths and options.
import pprint
import collections
data = {"name": "weft", "numbers": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4, 5) * 5}], "z": "x" * 70},
        "tuple1": (1,), "empty": [], "s": {3, 1, 2}, "fs": frozenset(range(40)), 5: None}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, compact=True)
pprint.pprint(data, depth=2)
print(pprint.pformat(list(range(100)), compact=True, width=50))
pprint.pprint("lorem ipsum dolor sit amet " * 8)
pprint.pprint(["lorem ipsum dolor sit amet " * 4, "x\ny\n" * 3])
pprint.pprint(collections.OrderedDict((str(i), i * 1000) for i in range(12)))
pprint.pprint(collections.Counter("abracadabra alakazam hocus pocus"))
pprint.pprint(collections.defaultdict(list, {i: [i] * 8 for i in range(4)}))
pprint.pprint(collections.deque(range(30)))
pprint.pprint(collections.deque(range(30), maxlen=40))
pprint.pprint(bytes(range(60)))
l = [1, 2]; l.append(l)
print(pprint.saferepr(l)[:30], pprint.isrecursive(l), pprint.isreadable([1, "a"]))
pprint.pp({"b": 1, "a": 2})
print(pprint.pformat({"k%d" % i: [i] * i for i in range(10)}, sort_dicts=False, width=30))
print(pprint.pformat(12345678, underscore_numbers=True))
