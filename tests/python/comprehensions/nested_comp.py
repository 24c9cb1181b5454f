n = 5
pascal = [[1]]
for _ in range(n - 1):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join(str(v) for v in row).center(20).rstrip())
grid = [[(r * 3 + c) for c in range(3)] for r in range(3)]
print(grid)
print([[grid[r][c] for r in range(3)] for c in range(3)])
print(sum(sum(row) for row in grid))
print({r: [v for v in row if v % 2] for r, row in enumerate(grid)})
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
