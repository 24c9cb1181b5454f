from collections import deque

d = deque([1, 2, 3])
d.appendleft(0)
d.append(4)
print(d, len(d), d[0], d[-1], d[2])
print(d.popleft(), d.pop(), d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.rotate(7)
print(d)
d.extend([5, 6])
d.extendleft([7, 8])
print(d, list(reversed(d)), 3 in d, 99 in d)
d[1] = 'x'
del d[0]
print(d, d.index('x'), d.count(5))
d.insert(2, 'ins')
d.remove(5)
print(d)
d.reverse()
print(d, bool(d), bool(deque()))
d.clear()
print(d, len(d))

m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.appendleft(-1)
print(m)
m.append(100)
print(m)
m.extend('ab')
print(m)
m.extendleft('xy')
print(m)
print(deque(maxlen=0), deque('ab', 5))

# BFS over a grid: the typical use.
grid = ["..#.", "...#", "#...", "...."]
seen = {(0, 0): 0}
q = deque([(0, 0)])
while q:
    r, c = q.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 4 and 0 <= nc < 4 and grid[nr][nc] == '.' and (nr, nc) not in seen:
            seen[(nr, nc)] = seen[(r, c)] + 1
            q.append((nr, nc))
print(seen[(3, 3)], len(seen))

# Mixed ends exercise the rebalancing.
x = deque()
for i in range(50):
    x.append(i)
    x.appendleft(-i)
    if i % 3 == 0:
        x.pop()
    if i % 5 == 0:
        x.popleft()
print(list(x) == [x[i] for i in range(len(x))], len(x), x[0], x[-1], sum(x))
while len(x) > 2:
    x.pop()
    x.popleft()
print(x)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]))
e = deque([1])
e += [2, 3]
e *= 2
print(e, e.copy(), e.copy() is e)
r = deque([1])
r.append(r)
print(r)

for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(3), lambda: deque([1]).index(3),
            lambda: deque([1], maxlen=-1), lambda: deque([1])['a'],
            lambda: deque([1]) + [2],
            lambda: deque([1], maxlen=1).insert(0, 2)):
    try:
        bad()
    except Exception as exc:
        print(type(exc).__name__, exc)
print(type(deque()), deque.__name__)
