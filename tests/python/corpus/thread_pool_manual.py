# A hand-written thread pool: work list + Condition, map results back in order.
import threading


class ThreadPool:
    def __init__(self, n):
        self.tasks = []
        self.cond = threading.Condition()
        self.closed = False
        self.workers = [threading.Thread(target=self._loop, name=f"pool-{i}") for i in range(n)]
        for w in self.workers:
            w.start()

    def _loop(self):
        while True:
            with self.cond:
                while not self.tasks and not self.closed:
                    self.cond.wait()
                if not self.tasks:
                    return
                func, args, slot = self.tasks.pop()
            try:
                slot["value"] = func(*args)
            except Exception as e:
                slot["error"] = e
            slot["done"].set()

    def submit(self, func, *args):
        slot = {"done": threading.Event()}
        with self.cond:
            self.tasks.append((func, args, slot))
            self.cond.notify()
        return slot

    def map(self, func, items):
        slots = [self.submit(func, x) for x in items]
        out = []
        for s in slots:
            s["done"].wait()
            if "error" in s:
                out.append(f"error: {s['error']!r}")
            else:
                out.append(s["value"])
        return out

    def shutdown(self):
        with self.cond:
            self.closed = True
            self.cond.notify_all()
        for w in self.workers:
            w.join()


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def risky(x):
    return 100 // (x - 3)


pool = ThreadPool(4)
print(pool.map(collatz_steps, range(1, 21)))
print(pool.map(risky, range(6)))
print(pool.map(lambda s: s.upper(), ["a", "bc", "def"]))
big = pool.map(sum, [range(k * 10000) for k in range(8)])
print(big)
pool.shutdown()
print(all(not w.is_alive() for w in pool.workers))
