# queue: FIFO/LIFO/priority order, blocking and timeouts, and many threads at once.
import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 4, 1, 5]:
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(5)], [pq.get() for _ in range(5)])
b = queue.Queue(maxsize=2)
b.put(1)
b.put_nowait(2)
print(b.full())
try:
    b.put_nowait(3)
except queue.Full:
    print("Full")
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(b.get_nowait(), b.get(), b.empty())
try:
    b.get_nowait()
except queue.Empty:
    print("Empty")
try:
    b.get(True, 0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    b.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
sq = queue.SimpleQueue()
sq.put("a")
sq.put("b")
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")

# producers and consumers on a bounded queue
work = queue.Queue(maxsize=8)
results = queue.Queue()
N_PROD, PER = 4, 500


def producer(base):
    for i in range(PER):
        work.put(base * PER + i)


def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.put(item * 2)
        work.task_done()


consumers = [threading.Thread(target=consumer) for _ in range(4)]
producers = [threading.Thread(target=producer, args=(k,)) for k in range(N_PROD)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
work.join()
for _ in consumers:
    work.put(None)
for t in consumers:
    t.join()
out = []
while not results.empty():
    out.append(results.get())
print(len(out), sum(out) == 2 * sum(range(N_PROD * PER)), sorted(out)[:3], work.unfinished_tasks)
try:
    work.task_done()
except ValueError as e:
    print("ValueError", e)

# a consumer blocked in get() is woken by a later put
box = queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(box.get(timeout=5)))
t.start()
box.put("late")
t.join()
print(got)
