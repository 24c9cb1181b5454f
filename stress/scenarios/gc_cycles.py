"""Scenario gc_cycles: threads create and drop reference cycles while another
thread runs gc.collect() in a loop.

Workers build cycles (two instances pointing at each other, a list that
contains itself, a dict that contains itself, an instance whose __dict__
holds a list holding the instance), drop most of them at once, keep a few
alive, and hand some to other threads through a shared list. Meanwhile a
collector thread calls gc.collect() until the workers finish.

Checks: no crash; every gc.collect() returns a non-negative int; objects
still reachable keep their structure (the collector never frees or clears
a reachable object); after the final collections every Node's __del__ has
run exactly once (PEP 442), no more, no less.

usage: gc_cycles.py ROUNDS THREADS [SIZE]   (SIZE = cycles built per thread)
"""
import gc
import sys
import threading

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
THREADS = int(sys.argv[2]) if len(sys.argv) > 2 else 8
SIZE = int(sys.argv[3]) if len(sys.argv) > 3 else 3000

errors = []
finalized = []  # serial numbers of finalized Nodes; list.append is atomic


def fail(msg):
    print("gc_cycles: FAILED:", msg)
    raise SystemExit(1)


class Node:
    def __init__(self, serial):
        self.serial = serial
        self.other = None
        self.payload = None

    def __del__(self):
        finalized.append(self.serial)


class Box:
    """A plain instance with a __dict__, for cycles through instance dicts."""

    def __init__(self, serial):
        self.node = Node(serial)
        self.items = [self, self.node]


def build(tid, i):
    """Build one group of cycles; return (nodes_created, the object to keep or drop)."""
    base = (tid * SIZE + i) * 3
    a = Node(base)
    b = Node(base + 1)
    a.other = b
    b.other = a
    selfish = [a]
    selfish.append(selfish)
    d = {"list": selfish}
    d["me"] = d
    a.payload = d
    box = Box(base + 2)
    box.node.payload = box
    b.payload = box
    return 3, a


def check_group(a):
    """Structure of a kept group must be intact."""
    b = a.other
    if b is None or b.other is not a:
        return "a.other.other is not a"
    d = a.payload
    if d["me"] is not d or d["list"][1] is not d["list"] or d["list"][0] is not a:
        return "self-referencing list/dict broken"
    box = b.payload
    if box.items[0] is not box or box.items[1] is not box.node or box.node.payload is not box:
        return "Box cycle broken"
    return None


def worker(tid, start, kept, handoff, created):
    try:
        start.wait()
        n = 0
        for i in range(SIZE):
            made, a = build(tid, i)
            n += made
            if i % 50 == 0:
                kept.append(a)          # stays reachable until the end of the round
            elif i % 7 == 0:
                handoff.append(a)       # another thread may drop it
            if i % 11 == 0:
                try:
                    other = handoff.pop()
                except IndexError:
                    other = None
                if other is not None:
                    problem = check_group(other)
                    if problem:
                        errors.append("thread %d: handed-off group: %s" % (tid, problem))
            # a, and everything it points to, becomes garbage here unless kept
        created[tid] = n
    except BaseException as e:
        errors.append("thread %d: %r" % (tid, e))


def collector(stop, results):
    try:
        while not stop.is_set():
            results.append(gc.collect())
    except BaseException as e:
        errors.append("collector: %r" % (e,))


def one_round(r):
    finalized.clear()
    start = threading.Event()
    stop = threading.Event()
    kept, handoff, collected = [], [], []
    created = [0] * THREADS
    col = threading.Thread(target=collector, args=(stop, collected))
    workers = [threading.Thread(target=worker, args=(t, start, kept, handoff, created))
               for t in range(THREADS)]
    col.start()
    for t in workers:
        t.start()
    start.set()
    for t in workers:
        t.join()
    stop.set()
    col.join()
    if errors:
        fail("round %d: %s" % (r, errors[:5]))
    total = sum(created)
    if total != THREADS * SIZE * 3:
        fail("round %d: created %d nodes, expected %d" % (r, total, THREADS * SIZE * 3))
    for a in kept:
        problem = check_group(a)
        if problem:
            fail("round %d: kept group %d: %s" % (r, a.serial, problem))
    for a in handoff:
        problem = check_group(a)
        if problem:
            fail("round %d: handoff group %d: %s" % (r, a.serial, problem))
    kept_n = len(kept) + len(handoff)
    kept.clear()
    handoff.clear()
    a = None
    for _ in range(3):
        collected.append(gc.collect())
    for c in collected:
        if type(c) is not int or c < 0:
            fail("round %d: gc.collect() returned %r" % (r, c))
    if sum(collected) > total * 20:
        fail("round %d: gc.collect() claims %d objects, only %d nodes were made"
             % (r, sum(collected), total))
    if len(finalized) != total:
        fail("round %d: %d Node finalizers ran, expected %d (%d groups were kept until the end)"
             % (r, len(finalized), total, kept_n))
    if len(set(finalized)) != total:
        fail("round %d: some __del__ ran more than once" % r)
    return len(collected)


calls = 0
for r in range(ROUNDS):
    calls += one_round(r)
if not gc.isenabled():
    fail("gc got disabled")
print("gc_cycles: ok, %d rounds x %d threads x %d cycle groups" % (ROUNDS, THREADS, SIZE))
