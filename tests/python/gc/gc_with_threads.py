import gc, threading
class Node:
    def __init__(self):
        self.peer = None
deleted = []
dlock = threading.Lock()
class Counted(Node):
    def __del__(self):
        with dlock:
            deleted.append(1)
def churn(n):
    for _ in range(n):
        a, b = Counted(), Counted()
        a.peer, b.peer = b, a
ts = [threading.Thread(target=churn, args=(500,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
gc.collect()
gc.collect()
print(len(deleted))
live = [Node() for _ in range(100)]
for i, n in enumerate(live):
    n.peer = live[(i + 1) % 100]
gc.collect()
print(all(n.peer is live[(i + 1) % 100] for i, n in enumerate(live)))
