# Bank accounts with RLock (re-entrant methods) and ordered locking for transfers.
import threading


class Account:
    _ids = 0

    def __init__(self, owner, balance):
        Account._ids += 1
        self.id = Account._ids
        self.owner = owner
        self.balance = balance
        self.lock = threading.RLock()
        self.history = []

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self.history.append(amount)

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                return False
            self.deposit(-amount)
            return True

    def __repr__(self):
        return f"{self.owner}:{self.balance}"


def transfer(a, b, amount):
    first, second = (a, b) if a.id < b.id else (b, a)
    with first.lock:
        with second.lock:
            if a.withdraw(amount):
                b.deposit(amount)
                return True
            return False


accounts = [Account(name, 1000) for name in ["ann", "bob", "cy", "dee"]]


def trader(seed):
    x = seed
    for _ in range(2000):
        x = (x * 1103515245 + 12345) % 2 ** 31
        i = x % 4
        j = (x // 4) % 4
        if i != j:
            transfer(accounts[i], accounts[j], x % 50)


threads = [threading.Thread(target=trader, args=(s,)) for s in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total money:", sum(a.balance for a in accounts))
print("all non-negative:", all(a.balance >= 0 for a in accounts))
print("history sums match:", all(1000 + sum(a.history) == a.balance for a in accounts))
r = threading.RLock()
with r:
    with r:
        with r:
            print("nested rlock acquired 3 times")
print(r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
solo = Account("solo", 10)
print(solo.withdraw(5), solo.withdraw(50), solo, solo.history)
