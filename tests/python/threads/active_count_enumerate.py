import threading
print(threading.active_count(), len(threading.enumerate()), threading.enumerate()[0] is threading.main_thread())
start = threading.Event()
stop = threading.Event()
started = threading.Semaphore(0)
def wait_for_stop():
    started.release()
    stop.wait()
ts = [threading.Thread(target=wait_for_stop, name=f"w{i}") for i in range(4)]
for t in ts:
    t.start()
for _ in ts:
    started.acquire()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate() if t is not threading.main_thread()))
stop.set()
for t in ts:
    t.join()
print(threading.active_count())
