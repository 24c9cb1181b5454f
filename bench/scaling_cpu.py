"""CPU-bound scaling: a fixed total amount of pure-Python work split evenly
over N threads (argv[1], default 1; argv[2] optionally sets the total).

Each thread runs an integer-arithmetic loop that also calls a small function,
touching no shared mutable state except its own slot of the results list.
Without a GIL the wall time should fall roughly as 1/N up to the core count;
with a GIL it stays flat (or grows). Prints a checksum that does not depend on
N, and nothing timing-related (the harness times the whole process).
"""
import sys
import threading

TOTAL = 5000000


def mix(x):
    return (x * 2654435761 + 12345) % 1000003


def work(lo, hi, results, slot):
    acc = 0
    i = lo
    while i < hi:
        acc += mix(i) ^ (i & 255)
        i += 1
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
    threads = []
    for slot, (lo, hi) in enumerate(split(total, n)):
        t = threading.Thread(target=work, args=(lo, hi, results, slot))
        threads.append(t)
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(results))


if __name__ == "__main__":
    main()
