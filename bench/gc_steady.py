"""Cycle-collector pauses after the first: with 1,000,000 live lists, five rounds of
making 100,000 garbage cycles (200,000 objects) and timing one gc.collect() each
(printed, not a checksum: run it by hand, it is not part of run.py)."""
import gc
import time


class N:
    def __init__(self):
        self.other = None


def make(n):
    for i in range(n):
        a = N()
        b = N()
        a.other = b
        b.other = a


keep = [[i] for i in range(1000000)]
gc.disable()
make(100000)
for k in range(5):
    make(100000)
    t = time.perf_counter()
    gc.collect()
    print("pause", round(time.perf_counter() - t, 3))
print(len(keep))
