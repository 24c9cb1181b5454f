"""Shared-object scaling: a fixed total amount of work split evenly over N
threads (argv[1], default 1; argv[2] optionally sets the total), where every
thread, on every iteration,
  - reads the one shared module-level dict CONFIG,
  - indexes the one shared list TABLE,
  - calls the one shared global function `scale`,
  - calls a method of the one shared object SHAPE.
Nothing shared is written, so a runtime whose reads of shared objects scale
(deferred refcounts on functions/globals, lock-free reads of dicts and lists)
should speed up with N; contention on reference counts or object locks shows
up here as poor scaling. Prints a checksum that does not depend on N.
"""
import sys
import threading

TOTAL = 5000000

CONFIG = {"offset": 7, "mask": 1023, "weight": 3}
TABLE = [(i * 7919) % 101 for i in range(256)]


def scale(x):
    return x * CONFIG["weight"]


class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area_plus(self, k):
        return self.w * self.h + k


SHAPE = Shape(3, 4)


def work(lo, hi, results, slot):
    acc = 0
    for i in range(lo, hi):
        v = TABLE[i & 255] + CONFIG["offset"]
        v = scale(v) + SHAPE.area_plus(i & CONFIG["mask"])
        acc += v
    results[slot] = acc


def split(total, n):
    """Return n (lo, hi) ranges covering range(total) with sizes differing by at most 1."""
    base, extra = divmod(total, n)
    ranges = []
    lo = 0
    for k in range(n):
        hi = lo + base + (1 if k < extra else 0)
        ranges.append((lo, hi))
        lo = hi
    return ranges


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    total = int(sys.argv[2]) if len(sys.argv) > 2 else TOTAL
    results = [0] * n
    threads = [threading.Thread(target=work, args=(lo, hi, results, slot))
               for slot, (lo, hi) in enumerate(split(total, n))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(results))


if __name__ == "__main__":
    main()
