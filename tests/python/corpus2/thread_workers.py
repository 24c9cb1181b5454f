import threading
import queue
import time


results = []
results_lock = threading.Lock()


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def worker(q, wid):
    found = 0
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        if is_prime(item):
            with results_lock:
                results.append(item)
            found += 1
        q.task_done()
    with results_lock:
        counts[wid] = found


counts = {}
q = queue.Queue()
threads = [threading.Thread(target=worker, args=(q, i), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for n in range(2, 500):
    q.put(n)
for _ in threads:
    q.put(None)
q.join()
for t in threads:
    t.join()
print(len(results), sorted(results)[:10], sorted(results)[-3:])
print(sum(counts.values()), sorted(counts))
print([t.is_alive() for t in threads], [t.name for t in threads])


class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def increment(self):
        with self._lock:
            self.value += 1


c = Counter()


def bump(n):
    for _ in range(n):
        c.increment()


ts = [threading.Thread(target=bump, args=(1000,)) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", c.value)

event = threading.Event()
order = []


def waiter(i):
    event.wait()
    with results_lock:
        order.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ws:
    t.start()
time.sleep(0.01)
print("before set", order)
event.set()
for t in ws:
    t.join()
print("after set", sorted(order))


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(i * i for i in range(self.n))


ws = [Worker(n) for n in (10, 100, 1000)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws])
print(threading.current_thread().name, threading.active_count() >= 1)
local = threading.local()
local.x = "main"


def setl():
    local.x = "child"
    out.append(local.x)


out = []
t = threading.Thread(target=setl)
t.start()
t.join()
print(out, local.x)
