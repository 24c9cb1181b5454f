"""Scenario list_append: many threads append to one shared list, no lock.

Each list.append is a single atomic operation (as in CPython), so after every
round the list must hold exactly threads*size items, every (thread, i) pair
exactly once, and each thread's own items in the order it appended them.
A lost, duplicated, torn or reordered append is a runtime bug.

usage: list_append.py ROUNDS THREADS [SIZE]   (SIZE = appends per thread)
"""
import sys
import threading

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 10
THREADS = int(sys.argv[2]) if len(sys.argv) > 2 else 8
SIZE = int(sys.argv[3]) if len(sys.argv) > 3 else 20000

errors = []


def fail(msg):
    print("list_append: FAILED:", msg)
    raise SystemExit(1)


def worker(shared, tid, start):
    try:
        start.wait()
        append = shared.append
        for i in range(SIZE):
            append((tid, i))
    except BaseException as e:  # report, don't just print a traceback
        errors.append("thread %d: %r" % (tid, e))


def one_round(r):
    shared = []
    start = threading.Event()
    threads = [threading.Thread(target=worker, args=(shared, t, start)) for t in range(THREADS)]
    for t in threads:
        t.start()
    start.set()
    for t in threads:
        t.join()
    if errors:
        fail("round %d: exceptions in workers: %s" % (r, errors[:5]))
    expected = THREADS * SIZE
    if len(shared) != expected:
        fail("round %d: len(shared) == %d, expected %d" % (r, len(shared), expected))
    next_i = [0] * THREADS
    for pos, item in enumerate(shared):
        if type(item) is not tuple or len(item) != 2:
            fail("round %d: torn item %r at index %d" % (r, item, pos))
        tid, i = item
        if not (0 <= tid < THREADS):
            fail("round %d: bad thread id in %r at index %d" % (r, item, pos))
        if i != next_i[tid]:
            fail("round %d: thread %d item %d found where %d expected (index %d): "
                 "lost, duplicated or reordered append" % (r, tid, i, next_i[tid], pos))
        next_i[tid] = i + 1
    if next_i != [SIZE] * THREADS:
        fail("round %d: per-thread counts %r" % (r, next_i))
    if len(set(shared)) != expected:
        fail("round %d: duplicates present" % r)


for r in range(ROUNDS):
    one_round(r)
print("list_append: ok, %d rounds x %d threads x %d appends" % (ROUNDS, THREADS, SIZE))
