"""Scenario dict_lock: read-modify-write counters in one shared dict,
each update under a threading.Lock.

Threads do `d[k] = d.get(k, 0) + 1` (and `d[k] += step`) on overlapping keys
while holding a shared Lock, so no update may be lost: the final totals are
exact. Also exercises `with lock:` and explicit acquire()/release(), and a
second lock-protected list used as a log. A lost update means the Lock does
not give mutual exclusion (or the dict lost a store).

usage: dict_lock.py ROUNDS THREADS [SIZE]   (SIZE = updates per thread)
"""
import sys
import threading

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 10
THREADS = int(sys.argv[2]) if len(sys.argv) > 2 else 8
SIZE = int(sys.argv[3]) if len(sys.argv) > 3 else 5000
KEYS = 16

errors = []


def fail(msg):
    print("dict_lock: FAILED:", msg)
    raise SystemExit(1)


def worker(d, lock, log, tid, start):
    try:
        start.wait()
        for i in range(SIZE):
            k = "k%d" % ((tid + i) % KEYS)
            if i & 1:
                with lock:
                    d[k] = d.get(k, 0) + 1
                    d["total"] += 1
            else:
                lock.acquire()
                try:
                    v = d[k] if k in d else 0
                    d[k] = v + 1
                    d["total"] = d["total"] + 1
                    if i % 1000 == 0:
                        log.append((tid, i))
                finally:
                    lock.release()
    except BaseException as e:
        errors.append("thread %d: %r" % (tid, e))


def expected_counts():
    counts = {}
    for tid in range(THREADS):
        for i in range(SIZE):
            k = "k%d" % ((tid + i) % KEYS)
            counts[k] = counts.get(k, 0) + 1
    return counts


def one_round(r, want):
    d = {"total": 0}
    lock = threading.Lock()
    log = []
    start = threading.Event()
    threads = [threading.Thread(target=worker, args=(d, lock, log, t, start)) for t in range(THREADS)]
    for t in threads:
        t.start()
    start.set()
    for t in threads:
        t.join()
    if errors:
        fail("round %d: exceptions in workers: %s" % (r, errors[:5]))
    if lock.locked():
        fail("round %d: lock still held after all threads finished" % r)
    if d["total"] != THREADS * SIZE:
        fail("round %d: total %d, expected %d (lost updates)" % (r, d["total"], THREADS * SIZE))
    for k, v in want.items():
        if d.get(k) != v:
            fail("round %d: d[%r] == %r, expected %d" % (r, k, d.get(k), v))
    if len(d) != len(want) + 1:
        fail("round %d: unexpected keys %r" % (r, sorted(set(d) - set(want) - {"total"})))
    want_log = THREADS * len(range(0, SIZE, 1000))
    if len(log) != want_log or len(set(log)) != want_log:
        fail("round %d: log has %d entries (%d distinct), expected %d"
             % (r, len(log), len(set(log)), want_log))


want = expected_counts()
for r in range(ROUNDS):
    one_round(r, want)
print("dict_lock: ok, %d rounds x %d threads x %d locked updates" % (ROUNDS, THREADS, SIZE))
