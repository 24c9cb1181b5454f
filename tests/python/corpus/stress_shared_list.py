# Concurrency stress: many threads append/pop on a shared list and update a dict.
import threading

shared = []
registry = {}
N = 8
PER = 5000


def appender(k):
    for i in range(PER):
        shared.append(k * PER + i)


def dict_writer(k):
    for i in range(PER):
        registry[(k, i % 100)] = i


threads = [threading.Thread(target=appender, args=(k,)) for k in range(N)]
threads += [threading.Thread(target=dict_writer, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), len(set(shared)), sorted(shared) == list(range(N * PER)))
print(len(registry), all(v >= 4900 for v in registry.values()))

popped = []
plock = threading.Lock()


def popper():
    mine = []
    while True:
        try:
            mine.append(shared.pop())
        except IndexError:
            break
    with plock:
        popped.extend(mine)


threads = [threading.Thread(target=popper) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), len(popped), sorted(popped) == list(range(N * PER)))

s = set()


def set_adder(k):
    for i in range(2000):
        s.add(i % 500 + k * 500)
        s.discard(i % 500 + k * 500 - 1)


threads = [threading.Thread(target=set_adder, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(s) <= 2000, all(isinstance(x, int) for x in s))

counts = dict.fromkeys(range(10), 0)
clock = threading.Lock()


def counter_worker():
    for i in range(3000):
        with clock:
            counts[i % 10] += 1


threads = [threading.Thread(target=counter_worker) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counts)
