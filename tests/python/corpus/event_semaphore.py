# Event for start signals, Semaphore/BoundedSemaphore to limit concurrency.
import threading
import time

start = threading.Event()
active = 0
peak = 0
lock = threading.Lock()
pool = threading.Semaphore(3)
finished = []


def job(k):
    global active, peak
    start.wait()
    with pool:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.002)
        with lock:
            active -= 1
            finished.append(k)


threads = [threading.Thread(target=job, args=(k,)) for k in range(12)]
for t in threads:
    t.start()
print("event set?", start.is_set())
start.set()
for t in threads:
    t.join()
print("peak <= 3:", peak <= 3, "finished:", sorted(finished))
print("event set?", start.is_set())
start.clear()
print("wait with timeout:", start.wait(0.01))

b = threading.BoundedSemaphore(2)
print(b.acquire(), b.acquire(), b.acquire(blocking=False))
b.release()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
got = []


def taker():
    s.acquire()
    got.append("took")


t = threading.Thread(target=taker)
t.start()
s.release()
t.join()
print(got, s.acquire(timeout=0.01))
done = threading.Event()
stage = []


def stage_two():
    done.wait()
    stage.append(2)


t2 = threading.Thread(target=stage_two)
t2.start()
stage.append(1)
done.set()
t2.join()
print(stage)
