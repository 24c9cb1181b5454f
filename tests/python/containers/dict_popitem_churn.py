# Inserting and popping in a loop must not fill the hash table with tombstones
# (each popitem frees an entry but leaves a deleted slot in the index).
d = {}
for r in range(20000):
    d[r] = r
    d[r + 1] = r
    d.popitem()
    d.popitem()
print(len(d))
e = {"a": 1}
for r in range(5000):
    e["k%d" % r] = r
    del e["k%d" % r]
    e[r] = r
    e.pop(r)
print(e)
f = {}
for r in range(3000):
    f[r % 7] = r
    if r % 3 == 0:
        f.popitem()
print(sorted(f.items()))
