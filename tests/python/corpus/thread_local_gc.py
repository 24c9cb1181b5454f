# threading.local per-thread state, the _thread module, and gc basics.
import _thread
import gc
import threading

local = threading.local()
seen = []
seen_lock = threading.Lock()


def worker(k):
    local.value = k * 10
    local.items = [k] * k
    total = local.value + sum(local.items)
    with seen_lock:
        seen.append((k, local.value, total))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen))
print(hasattr(local, "value"))
local.value = "main"
print(local.value)

done = _thread.allocate_lock()
results = []
pending = [3]
counter_lock = _thread.allocate_lock()
all_done = threading.Event()


def raw(n):
    with counter_lock:
        results.append(n * n)
        pending[0] -= 1
        if pending[0] == 0:
            all_done.set()


for n in (2, 3, 4):
    _thread.start_new_thread(raw, (n,))
all_done.wait(5)
print(sorted(results))
print(done.acquire(), done.locked(), done.acquire(False))
done.release()
print(isinstance(_thread.get_ident(), int), _thread.get_ident() == threading.get_ident())


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def make_cycles(n):
    for i in range(n):
        a, b = Node(f"a{i}"), Node(f"b{i}")
        a.other, b.other = b, a


gc.collect()
make_cycles(1000)
collected = gc.collect()
print("collected something:", collected >= 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
