# Readers iterate over a dict snapshot while writers replace values; totals checked.
import threading

table = {i: 0 for i in range(256)}
table_lock = threading.Lock()
errors = []
reads = [0]


def writer(k):
    for i in range(4000):
        key = (i * 7 + k) % 256
        with table_lock:
            table[key] += 1


def reader():
    for _ in range(200):
        with table_lock:
            snapshot = list(table.items())
        total = sum(v for _, v in snapshot)
        if len(snapshot) != 256 or total < 0:
            errors.append(total)
        reads[0] += 0


threads = [threading.Thread(target=writer, args=(k,)) for k in range(6)]
threads += [threading.Thread(target=reader) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors:", errors)
print("total writes:", sum(table.values()))
print("keys:", len(table), min(table), max(table))

cache = {}


def fill(k):
    for i in range(1000):
        cache.setdefault(i, k)
        cache.get(i)


threads = [threading.Thread(target=fill, args=(k,)) for k in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(cache), set(cache.values()) <= {0, 1, 2, 3, 4})

words = ["alpha", "beta", "gamma", "delta"] * 500
freq = {}
flock = threading.Lock()


def count_words(chunk):
    local = {}
    for w in chunk:
        local[w] = local.get(w, 0) + 1
    with flock:
        for w, n in local.items():
            freq[w] = freq.get(w, 0) + n


size = len(words) // 4
threads = [threading.Thread(target=count_words, args=(words[i * size:(i + 1) * size],)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(freq.items()))
