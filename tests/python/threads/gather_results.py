import threading
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
results = []
rlock = threading.Lock()
def find_primes(lo, hi):
    found = [n for n in range(lo, hi) if is_prime(n)]
    with rlock:
        results.extend(found)
chunks = [(i * 2500, (i + 1) * 2500) for i in range(8)]
ts = [threading.Thread(target=find_primes, args=c) for c in chunks]
for t in ts: t.start()
for t in ts: t.join()
results.sort()
print(len(results), results[:10], results[-3:])
per_thread = {}
def squares(tid):
    per_thread[tid] = [tid * i for i in range(5)]
ts = [threading.Thread(target=squares, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
for k in sorted(per_thread):
    print(k, per_thread[k])
