class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
rng = LCG(42)
tellers = [0, 0, 0]
waits = []
served_by = [0, 0, 0]
time = 0
for customer in range(200):
    time += rng.randint(0, 4)
    service = rng.randint(2, 10)
    idx = min(range(3), key=lambda i: (tellers[i], i))
    start = max(time, tellers[idx])
    waits.append(start - time)
    tellers[idx] = start + service
    served_by[idx] += 1
print("customers:", len(waits), "served_by:", served_by)
print("max wait:", max(waits), "avg wait:", round(sum(waits) / len(waits), 3))
print("no wait:", waits.count(0), "finish:", max(tellers))
hist = {}
for w in waits:
    bucket = w // 5 * 5
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print(f"{b:>3}-{b + 4:<3} {'#' * hist[b]}")
