import threading
local = threading.local()
local.value = "main"
seen = []
slock = threading.Lock()
def work(i):
    print_before = hasattr(local, "value")
    local.value = i
    total = 0
    for _ in range(1000):
        total += local.value
    with slock:
        seen.append((i, print_before, total))
ts = [threading.Thread(target=work, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen))
print(local.value)
