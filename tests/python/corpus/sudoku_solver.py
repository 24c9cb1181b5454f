# Backtracking Sudoku solver with candidate sets.

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [line for line in text.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def candidates(grid, r, c):
    used = set(grid[r])
    used |= {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return set(range(1, 10)) - used


calls = 0


def solve(grid):
    global calls
    calls += 1
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cand = candidates(grid, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for v in sorted(cand):
        grid[r][c] = v
        if solve(grid):
            return True
    grid[r][c] = 0
    return False


def show(grid):
    for i, row in enumerate(grid):
        if i and i % 3 == 0:
            print("------+-------+------")
        print(" | ".join(" ".join(str(v) for v in row[j:j + 3]) for j in (0, 3, 6)))


def valid(grid):
    groups = [row for row in grid]
    groups += [[grid[r][c] for r in range(9)] for c in range(9)]
    groups += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
               for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)


g = parse(PUZZLE)
print("blanks:", sum(row.count(0) for row in g))
print(solve(g), valid(g))
show(g)
print("solve calls > 0:", calls > 0)
