# A thread-safe counter class guarded by a Lock, hammered by many threads.
import threading


class Counter:
    def __init__(self):
        self._value = 0
        self._lock = threading.Lock()

    def increment(self, n=1):
        with self._lock:
            self._value += n

    def decrement(self):
        self._lock.acquire()
        try:
            self._value -= 1
        finally:
            self._lock.release()

    @property
    def value(self):
        with self._lock:
            return self._value


counter = Counter()
N_THREADS = 8
N_ITER = 20000


def work():
    for _ in range(N_ITER):
        counter.increment()


threads = [threading.Thread(target=work) for _ in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("after increments:", counter.value, counter.value == N_THREADS * N_ITER)


def mixed(k):
    for i in range(5000):
        if (i + k) % 2:
            counter.increment(2)
        else:
            counter.decrement()


threads = [threading.Thread(target=mixed, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("after mixed:", counter.value)

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
totals = {"hits": 0}
tlock = threading.Lock()


def hit():
    for _ in range(10000):
        with tlock:
            totals["hits"] += 1


ts = [threading.Thread(target=hit) for _ in range(6)]
[t.start() for t in ts]
[t.join() for t in ts]
print(totals)
