# Recursion: n-queens, permutations, combinations, subsets, hanoi.


def solve_queens(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    board = []

    def place(row):
        if row == n:
            solutions.append(list(board))
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            board.append(c)
            place(row + 1)
            board.pop()
            cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)

    place(0)
    return solutions


def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([x] + rest)
    return result


def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


for n in range(1, 9):
    print(n, len(solve_queens(n)))
first = solve_queens(6)[0]
for c in first:
    print("".join("Q" if i == c else "." for i in range(6)))
print(permutations([1, 2, 3]))
print(len(permutations(list("abcde"))))
print(["".join(p) for p in permutations(list("abc"))])
print(combinations([1, 2, 3, 4], 2))
print(sorted(sorted(s) for s in subsets([3, 1, 2])))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
