import threading, time
ev = threading.Event()
def waiter():
    ev.wait()
t = threading.Thread(target=waiter)
t.start()
start = time.monotonic()
t.join(timeout=0.1)
waited = time.monotonic() - start
print("alive after timed join:", t.is_alive(), waited >= 0.05)
ev.set()
t.join()
print("alive after set:", t.is_alive())
t2 = threading.Thread(target=time.sleep, args=(0.01,))
t2.start()
t2.join(5)
print(t2.is_alive())
