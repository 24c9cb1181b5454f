# A "GIL teaching demo": time CPU-bound work sequentially and in threads.
# Timings are measured but never printed; only mode-independent facts are.
import sys
import threading
import time


def cpu_bound(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


N = 200000
WORKERS = 4
start = time.perf_counter()
sequential = [cpu_bound(N) for _ in range(WORKERS)]
seq_time = time.perf_counter() - start

results = [None] * WORKERS


def run(idx):
    results[idx] = cpu_bound(N)


start = time.perf_counter()
threads = [threading.Thread(target=run, args=(i,)) for i in range(WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
par_time = time.perf_counter() - start

print("sequential results:", sequential)
print("threaded results:  ", results)
print("same answers:", sequential == results)
print("timings positive:", seq_time > 0 and par_time > 0)
gil_query = getattr(sys, "_is_gil_enabled", lambda: True)
print("answer is a bool:", isinstance(gil_query(), bool))
speedup = seq_time / par_time if par_time else 0.0
print("speedup is a float:", isinstance(speedup, float))
print(sys.version_info[0], sys.version_info >= (3, 8), type(sys.maxsize).__name__)
print(sys.getrecursionlimit() >= 1000, isinstance(sys.argv, list), len(sys.argv))
print(threading.active_count() == 1)
switch = sys.getswitchinterval()
print("switch interval positive:", switch > 0)
