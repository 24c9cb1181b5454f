import threading
d = {}
def writer(base):
    for i in range(100000):
        d[base + i] = i
threads = [threading.Thread(target=writer, args=(n * 1000000,)) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d))
print(all(d[n * 1000000 + 99999] == 99999 for n in range(8)))
print(sum(d.values()) == 8 * sum(range(100000)))
