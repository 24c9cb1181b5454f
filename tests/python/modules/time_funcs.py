import time
a = time.monotonic()
b = time.monotonic()
print(b >= a, type(a).__name__)
p1 = time.perf_counter()
s = 0
for i in range(10000):
    s += i
p2 = time.perf_counter()
print(p2 >= p1, s)
t = time.time()
print(t > 1.6e9, type(t).__name__, time.time_ns() > 1600000000 * 10 ** 9)
start = time.monotonic()
time.sleep(0.05)
elapsed = time.monotonic() - start
print(elapsed >= 0.04, elapsed < 2)
print(type(time.monotonic_ns()).__name__, time.perf_counter_ns() > 0)
print(time.thread_time() >= 0, time.process_time() >= 0)
print(time.gmtime(0).tm_year, time.gmtime(86400 * 365).tm_yday, time.strftime("%Y-%m-%d", time.gmtime(1000000000)))
