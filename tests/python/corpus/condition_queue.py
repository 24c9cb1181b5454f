# Producer-consumer with a hand-written bounded queue built on Condition.
import threading


class BoundedQueue:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            item = self.items.pop(0)
            self.cond.notify_all()
            return item


q = BoundedQueue(5)
SENTINEL = None
consumed = []
consumed_lock = threading.Lock()


def producer(pid, count):
    for i in range(count):
        q.put((pid, i))


def consumer():
    local = []
    while True:
        item = q.get()
        if item is SENTINEL:
            break
        local.append(item)
    with consumed_lock:
        consumed.extend(local)


producers = [threading.Thread(target=producer, args=(p, 200)) for p in range(4)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(SENTINEL)
for t in consumers:
    t.join()
print("consumed", len(consumed), "unique", len(set(consumed)))
for p in range(4):
    mine = [i for (pid, i) in consumed if pid == p]
    print(p, len(mine), sorted(mine) == list(range(200)))

cond = threading.Condition()
state = {"ready": False}


def waiter(results, k):
    with cond:
        ok = cond.wait_for(lambda: state["ready"], timeout=5)
        results.append((k, ok))


results = []
ws = [threading.Thread(target=waiter, args=(results, k)) for k in range(3)]
for w in ws:
    w.start()
with cond:
    state["ready"] = True
    cond.notify_all()
for w in ws:
    w.join()
print(sorted(results))
with cond:
    print("timed out wait returns", cond.wait(timeout=0.01))
