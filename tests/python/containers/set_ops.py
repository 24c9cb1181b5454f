a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7]), a.intersection(b, {4}), a.difference({1}), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.isdisjoint({9}), a.issubset(range(10)), a.issuperset([1, 2]))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s), 3 in s, 5 in s)
s.update([5, 6], {7})
s.discard(100)
s.remove(5)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
p = {42}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError:", e)
c = a.copy()
c -= {1}
c |= {10}
c &= {2, 3, 10}
c ^= {3, 11}
print(sorted(c))
fs = frozenset([1, 2, 2, 3])
print(fs, len(fs), fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__)
print({fs: "frozen key"}[frozenset({1, 2, 3})], frozenset() == set())
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("hello")), set(), repr(frozenset()))
print({x % 5 for x in range(100)}, set(range(5)) - {0})
