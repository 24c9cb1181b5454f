words = ["apple", "bob", "cat", "apple", "dog", "cat"]
print({w: len(w) for w in words})
print({w: i for i, w in enumerate(words)})
print(sorted({len(w) for w in words}))
print({i % 4 for i in range(20)})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inv)
sq = {n: n * n for n in range(6) if n % 2}
print(sq, type(sq).__name__)
print({(i, j): i * j for i in range(2) for j in range(2)})
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print({k: v for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))})
print(sorted({c for c in "mississippi"}))
print(frozenset(x for x in [3, 1, 3]) == {1, 3})
