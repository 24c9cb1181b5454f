"""Scenario mix: threads hammer dict setdefault/pop and list pop/append on
shared objects, with conservation invariants.

A pool list starts with TOKENS = 2*THREADS distinct tokens. Each step a thread
  1. pops a token from the pool (the pool can never be empty, because each
     thread holds at most one token: an IndexError means a pop/append lost
     or duplicated an item),
  2. claims it in the shared dict `owner` with setdefault -> must return its
     own id (nobody else can hold the token),
  3. pops it back out of `owner` -> must return its own id,
  4. appends it back to the pool.
Meanwhile every thread also does `hot.setdefault(key, []).append(tid)` on a
few hot keys: setdefault must be atomic, so all threads share one list per
key and no append is lost. `owner.pop(missing, default)` must give default.
At the end of each round: the pool holds every token exactly once, `owner`
is empty, and the hot lists hold exactly threads*size entries.

usage: mix.py ROUNDS THREADS [SIZE]   (SIZE = steps per thread)
"""
import sys
import threading

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 10
THREADS = int(sys.argv[2]) if len(sys.argv) > 2 else 8
SIZE = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
TOKENS = 2 * THREADS
HOT = 8
MISSING = object()

errors = []


def fail(msg):
    print("mix: FAILED:", msg)
    raise SystemExit(1)


def worker(tid, start, pool, owner, hot, r):
    try:
        start.wait()
        for i in range(SIZE):
            try:
                tok = pool.pop()
            except IndexError:
                errors.append("thread %d step %d: pool empty (tokens lost)" % (tid, i))
                return
            got = owner.setdefault(tok, tid)
            if got != tid:
                errors.append("thread %d: setdefault(%r) gave %r: token held twice" % (tid, tok, got))
                return
            if owner.pop(("absent", tid), MISSING) is not MISSING:
                errors.append("thread %d: pop of a missing key returned a value" % tid)
                return
            hot.setdefault((r, i % HOT), []).append(tid)
            got = owner.pop(tok, MISSING)
            if got != tid:
                errors.append("thread %d: pop(%r) gave %r" % (tid, tok, got))
                return
            if i & 1:
                pool.append(tok)
            else:
                pool.insert(0, tok)
    except BaseException as e:
        errors.append("thread %d: %r" % (tid, e))


def one_round(r):
    pool = list(range(TOKENS))
    owner = {}
    hot = {}
    start = threading.Event()
    threads = [threading.Thread(target=worker, args=(t, start, pool, owner, hot, r))
               for t in range(THREADS)]
    for t in threads:
        t.start()
    start.set()
    for t in threads:
        t.join()
    if errors:
        fail("round %d: %s" % (r, errors[:5]))
    if sorted(pool) != list(range(TOKENS)):
        fail("round %d: pool is %r, expected each of 0..%d once" % (r, sorted(pool), TOKENS - 1))
    if owner:
        fail("round %d: owner dict not empty: %r" % (r, owner))
    if len(hot) != min(HOT, SIZE):
        fail("round %d: hot has %d keys, expected %d" % (r, len(hot), min(HOT, SIZE)))
    n = sum(len(v) for v in hot.values())
    if n != THREADS * SIZE:
        fail("round %d: hot lists hold %d entries, expected %d (setdefault not atomic?)"
             % (r, n, THREADS * SIZE))
    per_thread = [0] * THREADS
    for v in hot.values():
        for tid in v:
            per_thread[tid] += 1
    if per_thread != [SIZE] * THREADS:
        fail("round %d: per-thread hot counts %r" % (r, per_thread))


for r in range(ROUNDS):
    one_round(r)
print("mix: ok, %d rounds x %d threads x %d steps" % (ROUNDS, THREADS, SIZE))
