import _thread, threading, time
lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked())
lock.release()
done = _thread.allocate_lock()
done.acquire()
out = []
def worker(a, b, key=None):
    out.append((a + b, key, _thread.get_ident() != main_ident))
    done.release()
main_ident = _thread.get_ident()
tid = _thread.start_new_thread(worker, (1, 2), {"key": "k"})
print(type(tid).__name__)
done.acquire()
print(out)
n = [0]
l2 = _thread.allocate_lock()
finished = []
def many():
    for _ in range(1000):
        with l2:
            n[0] += 1
    with l2:
        finished.append(1)
for _ in range(4):
    _thread.start_new_thread(many, ())
while True:
    with l2:
        if len(finished) == 4:
            break
    time.sleep(0.005)
print(n[0])
print(_thread.LockType is type(lock), isinstance(threading.Lock(), _thread.LockType))
print(lock.acquire(0), lock.acquire(True, 0.01))
lock.release()
