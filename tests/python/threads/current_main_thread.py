import threading
print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
print(threading.main_thread().name)
seen = {}
def record(key):
    t = threading.current_thread()
    seen[key] = (t.name, t is threading.main_thread(), threading.get_ident() != main_ident)
main_ident = threading.get_ident()
ts = [threading.Thread(target=record, args=(i,), name=f"worker-{i}") for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
for k in sorted(seen):
    print(k, seen[k])
ids = []
def add_ident():
    ids.append(threading.get_ident())
ts = [threading.Thread(target=add_ident) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(ids), type(ids[0]).__name__, main_ident in ids)
t = threading.Thread(target=add_ident)
print(t.ident is None, t.native_id is None if hasattr(t, "native_id") else True)
t.start(); t.join()
print(t.ident == ids[-1], threading.get_native_id() > 0)
