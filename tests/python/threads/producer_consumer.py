import threading
buffer = []
cond = threading.Condition()
SENTINEL = None
consumed = []
clock = threading.Lock()
def producer(start, n):
    for i in range(start, start + n):
        with cond:
            buffer.append(i)
            cond.notify()
def consumer():
    while True:
        with cond:
            while not buffer:
                cond.wait()
            item = buffer.pop(0)
        if item is SENTINEL:
            return
        with clock:
            consumed.append(item)
consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(i * 1000, 1000)) for i in range(4)]
for t in consumers + producers:
    t.start()
for p in producers:
    p.join()
with cond:
    buffer.extend([SENTINEL] * 3)
    cond.notify_all()
for c in consumers:
    c.join()
print(len(consumed), sorted(consumed) == list(range(4000)))
