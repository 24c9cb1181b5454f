def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = (x + dx, y + dy)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def render(cells, w, h):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(w)) for y in range(h))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for gen in range(4):
    print(f"gen {gen}:")
    print(render(g, 6, 6))
    g = step(g)
for _ in range(16):
    g = step(g)
print(sorted(g))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
r_pentomino = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
pop = []
c = r_pentomino
for _ in range(30):
    c = step(c)
    pop.append(len(c))
print(pop)
