import threading
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set())
cond = threading.Condition()
items = []
def consumer(out):
    with cond:
        while not items:
            cond.wait()
        out.append(items.pop(0))
outs = []
cs = [threading.Thread(target=consumer, args=(outs,)) for _ in range(3)]
for c in cs: c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for c in cs: c.join()
print(sorted(outs))
with cond:
    print(cond.wait(timeout=0.01))
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(); sem.release()
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
b = threading.Barrier(3)
order = []
olock = threading.Lock()
def at_barrier(i):
    idx = b.wait()
    with olock:
        order.append(i)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(order))
