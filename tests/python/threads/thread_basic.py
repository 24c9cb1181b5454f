import threading
results = []
def worker(n, label="w"):
    results.append((label, n * n))
t = threading.Thread(target=worker, args=(4,), kwargs={"label": "four"}, name="sq-thread")
print(t.name, t.is_alive(), t.daemon)
t.start()
t.join()
print(t.is_alive(), results)
threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results))
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.start()
d.join()
t2 = threading.Thread(target=worker, args=(1,))
t2.daemon = True
print(t2.daemon)
t2.start(); t2.join()
try:
    t2.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t3 = threading.Thread(target=worker, args=(0,))
try:
    t3.join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.Thread(target=worker, name="custom").name)
