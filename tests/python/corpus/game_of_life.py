# Conway's Game of Life on a torus, plus a 1D cellular automaton (rule 30).


def step(cells, width, height):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % width, (y + dy) % height)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}


def render(cells, width, height):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(width)) for y in range(height))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
W, H = 8, 6
cells = set(glider)
for gen in range(4):
    print(f"generation {gen}:")
    print(render(cells, W, H))
    cells = step(cells, W, H)
for _ in range(28):
    cells = step(cells, W, H)
print("glider after 32 steps has", len(cells), "cells")
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 5, 5)), step(step(blinker, 5, 5), 5, 5) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block, 6, 6) == block)


def rule(n):
    return {(a, b, c): (n >> (a * 4 + b * 2 + c)) & 1 for a in (0, 1) for b in (0, 1) for c in (0, 1)}


r30 = rule(30)
row = [0] * 31
row[15] = 1
for _ in range(12):
    print("".join("█" if v else " " for v in row).rstrip())
    row = [r30[(row[i - 1], row[i], row[(i + 1) % len(row)])] for i in range(len(row))]
print(sum(row))
