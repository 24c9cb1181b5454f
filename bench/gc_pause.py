"""Cycle-collector pause with a million live objects: builds 1,000,000 small lists that
stay alive plus 100,000 garbage cycles, then times one gc.collect() (printed, not a
checksum: run it by hand, it is not part of run.py)."""
import gc, time
class N:
    def __init__(self): self.other = None
keep = [[i] for i in range(1000000)]
def make(n):
    for i in range(n):
        a = N(); b = N(); a.other = b; b.other = a
make(100000)
t = time.perf_counter()
print(gc.collect() >= 0)
print("pause", round(time.perf_counter() - t, 3))
print(len(keep))
