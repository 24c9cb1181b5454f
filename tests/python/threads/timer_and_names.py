import threading
fired = threading.Event()
result = []
t = threading.Timer(0.05, lambda: (result.append("fired"), fired.set()))
t.start()
fired.wait(5)
t.join()
print(result)
c = threading.Timer(10, lambda: result.append("never"))
c.start()
c.cancel()
c.join()
print(result)
names = []
def rec():
    names.append(threading.current_thread().name)
ts = [threading.Thread(target=rec, name=n) for n in ("alpha", "beta")]
for x in ts: x.start()
for x in ts: x.join()
print(sorted(names))
th = threading.Thread(target=rec)
th.name = "renamed"
th.start(); th.join()
print(names[-1])
