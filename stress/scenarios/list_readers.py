"""Scenario list_readers: lock-free list reads racing with writers that append,
insert, pop, replace items, sort, reverse, slice-assign and clear the same list.

Writers only ever store tuples (tag, n) with tag == "item", fresh heap objects,
so the old ones are freed while readers run. Readers index the list at random
positions (positive and negative) and iterate it; anything that is not such a
tuple means a torn read or a freed item. IndexError is fine: the list shrinks.

usage: list_readers.py ROUNDS THREADS [SIZE]   (SIZE = write passes per writer)
"""
import sys
import threading

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 10
THREADS = max(2, int(sys.argv[2]) if len(sys.argv) > 2 else 8)
SIZE = int(sys.argv[3]) if len(sys.argv) > 3 else 400

errors = []


def fail(msg):
    print("list_readers: FAILED:", msg)
    raise SystemExit(1)


def item(n):
    return ("item", n)


def writer(l, tid):
    try:
        for r in range(SIZE):
            for k in range(40):
                l.append(item(k))
            l.insert(0, item(-1))
            l.insert(len(l) // 2, item(-2))
            for k in range(0, 10):
                try:
                    l[k] = item(r)
                except IndexError:
                    pass
            for _ in range(15):
                try:
                    l.pop()
                except IndexError:
                    break
            if r % 5 == 0:
                try:
                    l.sort(key=lambda t: t[1])
                except ValueError:
                    pass  # another writer changed the list during the sort
            if r % 7 == 0:
                l.reverse()
            if r % 11 == 0:
                l[2:6] = [item(1), item(2)]
            if r % 13 == tid % 13:
                del l[::2]
            if r % 17 == 0:
                l.clear()
    except BaseException as e:
        errors.append("writer %d: %r" % (tid, e))


def check(v):
    if type(v) is not tuple or len(v) != 2 or v[0] != "item":
        errors.append("read %r" % (v,))
        return False
    return True


def reader(l, done, seen):
    try:
        n = 0
        i = 0
        while not done:
            i = (i * 1103515245 + 12345) & 0x7FFFFFFF
            for k in (i % 64, -(i % 7) - 1, i % 3):
                try:
                    v = l[k]
                except IndexError:
                    continue
                n += 1
                if not check(v):
                    return
            for v in l:
                if not check(v):
                    return
        seen.append(n)
    except BaseException as e:
        errors.append("reader: %r" % (e,))


def one_round():
    l = []
    done = []
    seen = []
    writers = [threading.Thread(target=writer, args=(l, t)) for t in range(THREADS // 2)]
    readers = [threading.Thread(target=reader, args=(l, done, seen)) for _ in range(THREADS - THREADS // 2)]
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
    for v in l:
        if not check(v):
            fail("; ".join(errors[:5]))


for _ in range(ROUNDS):
    one_round()
print("list_readers: ok")
