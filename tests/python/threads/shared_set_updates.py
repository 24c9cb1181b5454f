import threading
s = set()
def add_range(lo):
    for i in range(lo, lo + 20000):
        s.add(i)
ts = [threading.Thread(target=add_range, args=(i * 10000,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(len(s), min(s), max(s))
lst = []
def extend_chunks(k):
    for i in range(500):
        lst.extend([k] * 10)
ts = [threading.Thread(target=extend_chunks, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(lst), sorted(set(lst)), [lst.count(k) for k in range(4)])
