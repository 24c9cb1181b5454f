import threading
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
class Account:
    def __init__(self):
        self.lock = threading.RLock()
        self.balance = 0
    def deposit(self, n):
        with self.lock:
            self.balance += n
    def deposit_twice(self, n):
        with self.lock:
            self.deposit(n)
            self.deposit(n)
acct = Account()
def work():
    for _ in range(5000):
        acct.deposit_twice(1)
ts = [threading.Thread(target=work) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(acct.balance)
def other_thread_release(lk, out):
    try:
        lk.release()
    except RuntimeError as e:
        out.append("RuntimeError: " + str(e))
r.acquire()
out = []
t = threading.Thread(target=other_thread_release, args=(r, out))
t.start(); t.join()
print(out)
got = []
t = threading.Thread(target=lambda: got.append(r.acquire(timeout=0.05)))
t.start(); t.join()
print(got)
r.release()
