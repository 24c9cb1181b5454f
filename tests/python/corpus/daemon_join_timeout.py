# Daemon threads, join with timeout, is_alive, thread names and idents.
import threading
import time

stop = threading.Event()
ticks = []


def background():
    while not stop.is_set():
        ticks.append(1)
        time.sleep(0.001)


d = threading.Thread(target=background, daemon=True, name="bg")
print(d.daemon, d.name, d.is_alive())
d.start()
d.join(timeout=0.02)
print("still alive after timeout join:", d.is_alive())
stop.set()
d.join()
print("alive after stop:", d.is_alive(), "ticked:", len(ticks) > 0)

slow = threading.Thread(target=time.sleep, args=(0.2,))
slow.start()
slow.join(0.01)
print("slow alive:", slow.is_alive())
slow.join()
print("slow alive:", slow.is_alive())

t = threading.Thread(target=lambda: None)
print(t.ident is None)
t.start()
t.join()
print(isinstance(t.ident, int), threading.get_ident() != t.ident)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=lambda: None).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
t3 = threading.Thread(target=lambda: None)
t3.daemon = True
print(t3.daemon)
forever = threading.Thread(target=threading.Event().wait, daemon=True)
forever.start()
print("main exits with a daemon still waiting:", forever.is_alive())
print(threading.active_count() >= 2)
