"""Teaching example: why shared counters need locks (results made deterministic)."""
import sys
import threading
import time

print("switch interval:", sys.getswitchinterval())
N_THREADS = 4
N_ITER = 20000

counter = 0
lock = threading.Lock()


def safe_increment():
    global counter
    for _ in range(N_ITER):
        with lock:
            counter += 1


def run(target):
    threads = [threading.Thread(target=target) for _ in range(N_THREADS)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    return elapsed


elapsed = run(safe_increment)
print(f"locked counter = {counter} (expected {N_THREADS * N_ITER})", elapsed >= 0)


def cpu_bound(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


results = [None] * N_THREADS


def task(idx):
    results[idx] = cpu_bound(50000 + idx)


threads = [threading.Thread(target=task, args=(i,)) for i in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("cpu results:", results)
print("sequential equal:", results == [cpu_bound(50000 + i) for i in range(N_THREADS)])

shared = []
cond = threading.Condition()
produced = 0


def producer():
    global produced
    for i in range(10):
        with cond:
            shared.append(i)
            produced += 1
            cond.notify()


consumed = []


def consumer():
    while True:
        with cond:
            while not shared:
                if produced == 10:
                    return
                cond.wait(timeout=0.05)
            consumed.append(shared.pop(0))


pt = threading.Thread(target=producer)
ct = threading.Thread(target=consumer)
ct.start()
pt.start()
pt.join()
ct.join()
print("consumed:", sorted(consumed))

sem = threading.Semaphore(2)
active = 0
max_active = 0
alock = threading.Lock()


def limited(i):
    global active, max_active
    with sem:
        with alock:
            active += 1
            max_active = max(max_active, active)
        time.sleep(0.002)
        with alock:
            active -= 1


ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
[t.start() for t in ts]
[t.join() for t in ts]
print("max concurrently inside semaphore <= 2:", max_active <= 2, "active now", active)
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant lock acquired twice")
print(lock.locked(), lock.acquire(), lock.locked(), lock.release(), lock.acquire(blocking=False))
lock.release()
t = threading.Timer(0.01, lambda: print("timer fired"))
t.start()
t.join()
print(threading.main_thread() is threading.current_thread(), type(threading.get_ident()).__name__)
