# Thread subclasses computing partial sums; results gathered and sorted.
import threading


class SumWorker(threading.Thread):
    def __init__(self, ident, numbers):
        super().__init__(name=f"worker-{ident}")
        self.idx = ident
        self.numbers = numbers
        self.result = None

    def run(self):
        total = 0
        for n in self.numbers:
            total += n * n
        self.result = total


data = list(range(1, 10001))
chunk = len(data) // 8
workers = [SumWorker(i, data[i * chunk:(i + 1) * chunk]) for i in range(8)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, w.idx, w.result, w.is_alive())
print("total", sum(w.result for w in workers), sum(n * n for n in data))


class Fetcher(threading.Thread):
    results = []
    lock = threading.Lock()

    def run(self):
        value = sum(range(int(self.name.split("-")[1]) * 1000))
        with Fetcher.lock:
            Fetcher.results.append((self.name, value))


threads = [Fetcher(name=f"f-{i}") for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name, value in sorted(Fetcher.results):
    print(name, value)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())


def target(out, k):
    out[k] = k ** 3


out = [None] * 10
ts = [threading.Thread(target=target, args=(out, k)) for k in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
t = threading.Thread(target=print, args=("kwargs", "thread"), kwargs={"sep": "-"})
t.start()
t.join()
