import threading
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = {}
lock = threading.Lock()
def search(lo, hi):
    local_best = max(range(lo, hi), key=collatz_len)
    with lock:
        best[(lo, hi)] = (local_best, collatz_len(local_best))
N = 4
ranges = [(1 + i * 2500, 1 + (i + 1) * 2500) for i in range(N)]
ts = [threading.Thread(target=search, args=r) for r in ranges]
for t in ts: t.start()
for t in ts: t.join()
for r in ranges:
    print(r, best[r])
print(max(best.values(), key=lambda v: v[1]))
