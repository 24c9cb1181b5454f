import threading
lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(blocking=False), lock.acquire(False), lock.acquire(timeout=0.05))
lock.release()
print(lock.locked())
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
counter = 0
def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=inc, args=(20000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
def holder(ready, done):
    with lock:
        ready.set()
        done.wait()
ready, done = threading.Event(), threading.Event()
h = threading.Thread(target=holder, args=(ready, done))
h.start()
ready.wait()
print("held elsewhere, try:", lock.acquire(blocking=False), lock.acquire(timeout=0.02))
done.set()
h.join()
print("free again:", lock.acquire(timeout=1))
lock.release()
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
