def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def matpow(m, k):
    if k == 0:
        return identity(len(m))
    if k % 2:
        return matmul(m, matpow(m, k - 1))
    half = matpow(m, k // 2)
    return matmul(half, half)


def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c, v in enumerate(m[0]):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * v * det(minor)
    return total


def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(f"{x:>{width}}" for x in row))


fibm = [[1, 1], [1, 0]]
print(matpow(fibm, 10))
print(matpow(fibm, 90)[0][1])
show(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
print(det([[1, 2], [3, 4]]), det(identity(4)))
show([[i * j for j in range(1, 6)] for i in range(1, 6)])


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


mv = hanoi(4, "A", "C", "B", [])
print(len(mv), mv[:5])


def permutations(seq):
    if len(seq) <= 1:
        return [seq]
    out = []
    for i, x in enumerate(seq):
        for p in permutations(seq[:i] + seq[i + 1:]):
            out.append(x + p)
    return out


print(permutations("abc"))


def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, (4, 5)], []], 6])))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, n) for n in range(5)])
import sys
print(sys.getrecursionlimit() >= 1000)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(500))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", e)
transposed = list(map(list, zip(*[[1, 2, 3], [4, 5, 6]])))
print(transposed, [list(r) for r in zip(*transposed)])
