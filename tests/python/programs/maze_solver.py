MAZE = """
###########
#S  #     #
# # # ### #
# #   #   #
# ##### # #
#     # #E#
###########
""".strip().splitlines()
def find(ch):
    for y, row in enumerate(MAZE):
        x = row.find(ch)
        if x >= 0:
            return (x, y)
start, end = find("S"), find("E")
def bfs():
    queue = [start]
    prev = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == end:
            break
        x, y = cur
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if MAZE[ny][nx] != "#" and (nx, ny) not in prev:
                prev[(nx, ny)] = cur
                queue.append((nx, ny))
    path = []
    node = end
    while node:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)
path, explored = bfs()
print("start", start, "end", end, "steps", len(path) - 1, "explored", explored)
grid = [list(r) for r in MAZE]
for x, y in path[1:-1]:
    grid[y][x] = "."
print("\n".join("".join(r) for r in grid))
def dfs_count(pos, seen):
    if pos == end:
        return 1
    x, y = pos
    total = 0
    for n in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
        if MAZE[n[1]][n[0]] != "#" and n not in seen:
            seen.add(n)
            total += dfs_count(n, seen)
            seen.remove(n)
    return total
print("simple paths:", dfs_count(start, {start}))
