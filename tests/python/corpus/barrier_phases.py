# Threads stepping through phases together using a Barrier (and a hand-made one).
import threading

N = 4
barrier = threading.Barrier(N)
log = []
log_lock = threading.Lock()


def phased(k):
    for phase in range(3):
        with log_lock:
            log.append((phase, k))
        barrier.wait()


threads = [threading.Thread(target=phased, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
phases = [p for p, _ in log]
print("phases ordered:", phases == sorted(phases))
print([sorted(k for p, k in log if p == ph) for ph in range(3)])
print(barrier.parties, barrier.n_waiting, barrier.broken)


class SimpleBarrier:
    def __init__(self, n):
        self.n = n
        self.count = 0
        self.generation = 0
        self.cond = threading.Condition()

    def wait(self):
        with self.cond:
            gen = self.generation
            self.count += 1
            if self.count == self.n:
                self.generation += 1
                self.count = 0
                self.cond.notify_all()
                return True
            while gen == self.generation:
                self.cond.wait()
            return False


sb = SimpleBarrier(3)
leaders = []
grid = [[0] * 3 for _ in range(4)]


def stepper(k):
    for step in range(4):
        grid[step][k] = step * 10 + k
        if sb.wait():
            with log_lock:
                leaders.append(step)


ts = [threading.Thread(target=stepper, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(leaders), grid)
