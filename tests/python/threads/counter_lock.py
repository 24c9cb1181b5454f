import threading
class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()
    def increment(self):
        with self.lock:
            self.value += 1
c = Counter()
def work():
    for _ in range(25000):
        c.increment()
ts = [threading.Thread(target=work) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(c.value)
totals = {"a": 0, "b": 0}
tl = threading.Lock()
def transfer(n):
    for _ in range(n):
        with tl:
            totals["a"] -= 1
            totals["b"] += 1
ts = [threading.Thread(target=transfer, args=(10000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(totals, totals["a"] + totals["b"])
