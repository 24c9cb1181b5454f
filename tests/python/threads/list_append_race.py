import threading
shared = []
def appender(tag):
    append = shared.append
    for i in range(100000):
        append(i)
threads = [threading.Thread(target=appender, args=(n,)) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared))
print(sum(shared) == 8 * sum(range(100000)))
print(shared.count(99999), shared.count(0))
