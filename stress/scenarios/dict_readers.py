"""Scenario dict_readers: lock-free dict reads racing with writers that replace,
delete, pop, clear and regrow the same dict.

Half the threads write: they store fresh heap values (lists) under int and str
keys, delete every third key, popitem and clear now and then, so the table is
rebuilt and values are replaced all the time. The other half read the same keys
in a loop. Every value stored under key k is a list whose first item is k, so a
reader that sees anything else read a freed or torn entry. Readers also count
how many values they saw, so a run that never overlaps is noticed.

usage: dict_readers.py ROUNDS THREADS [SIZE]   (SIZE = write passes per writer)
"""
import sys
import threading

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 10
THREADS = max(2, int(sys.argv[2]) if len(sys.argv) > 2 else 8)
SIZE = int(sys.argv[3]) if len(sys.argv) > 3 else 400
KEYS = 64

errors = []


def fail(msg):
    print("dict_readers: FAILED:", msg)
    raise SystemExit(1)


def writer(d, tid):
    try:
        for r in range(SIZE):
            for k in range(KEYS):
                d[k] = [k, tid, r]
                d["s%d" % k] = ["s%d" % k, r]
            for k in range(0, KEYS, 3):
                d.pop(k, None)
            if r % 7 == tid % 7:
                d.clear()
            elif r % 5 == 0:
                for _ in range(8):
                    try:
                        d.popitem()
                    except KeyError:
                        break
    except BaseException as e:
        errors.append("writer %d: %r" % (tid, e))


def reader(d, done, seen):
    try:
        n = 0
        while not done:
            for k in range(KEYS):
                v = d.get(k)
                if v is not None:
                    n += 1
                    if v[0] != k:
                        errors.append("key %r read %r" % (k, v))
                        return
                sk = "s%d" % k
                v = d.get(sk)
                if v is not None and v[0] != sk:
                    errors.append("key %r read %r" % (sk, v))
                    return
            len(d)
        seen.append(n)
    except BaseException as e:
        errors.append("reader: %r" % (e,))


def one_round():
    d = {}
    done = []
    seen = []
    writers = [threading.Thread(target=writer, args=(d, t)) for t in range(THREADS // 2)]
    readers = [threading.Thread(target=reader, args=(d, done, seen)) for _ in range(THREADS - THREADS // 2)]
    for t in readers + writers:
        t.start()
    for t in writers:
        t.join()
    done.append(True)
    for t in readers:
        t.join()
    if errors:
        fail("; ".join(errors[:5]))
    if len(seen) != len(readers):
        fail("a reader did not finish")
    if len(d) > 2 * KEYS:
        fail("dict has %d entries, at most %d possible" % (len(d), 2 * KEYS))


for _ in range(ROUNDS):
    one_round()
print("dict_readers: ok")
