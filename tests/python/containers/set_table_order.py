# Set results print in hash-table order: the operations must copy, iterate and
# resize as CPython does. Colliding ints exercise probing, dummies and resizes.
state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n
def rs(n, hi=200):
    return {(rnd(2 * hi) - hi) * [1, 8, 64, 1 << 20][rnd(4)] for _ in range(n)}
for trial in range(25):
    a, b, c = rs(rnd(30)), rs(rnd(30)), rs(rnd(10))
    lb = list(b)
    print(a | b, a & b, a - b, a ^ b, b ^ a)
    print(a.union(lb, c), a.intersection(lb), a.intersection(b, c), a.difference(lb, c), a.symmetric_difference(lb))
    d = dict.fromkeys(b, 1)
    print(a - d.keys(), d.keys() - a, a & d.keys(), d.keys() & a, d.keys() | a, d.keys() ^ a, a.difference(d), a.union(d))
    x = set(a); x |= b; print(x)
    x = set(a); x &= b; print(x)
    x = set(a); x -= b; print(x)
    x = set(a); x ^= b; print(x)
    x = set(a); x.update(lb, d); print(x)
    x = set(a); x.difference_update(lb); print(x)
    x = set(a); x.intersection_update(lb, c); print(x)
    x = set(a); x.symmetric_difference_update(lb); print(x)
    x = set(a); x.symmetric_difference_update(d); print(x)
    x = set(a)
    out = []
    for i in range(5):
        if x:
            out.append(x.pop())
        x.add(i * 64)
    print(out, x)
    print(a <= b, a.issubset(lb), a.issuperset(c), a.isdisjoint(lb), frozenset(a) | b, b | frozenset(a))
    x = set(a)
    for v in list(x)[: len(x) // 2 + 1]:
        x.discard(v)
    x.update(c)
    print(x, x.copy())
s = set([0, 8, 16]); s.discard(0); s.discard(8); s.add(24); s.add(1); print(s)
alias = s
s |= {100}
s -= {0}
s &= {1, 16, 24, 100}
s ^= {1, 7}
print(alias is s, alias)
