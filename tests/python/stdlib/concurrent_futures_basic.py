# concurrent.futures: ThreadPoolExecutor, Future states, wait/as_completed, import forms.
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED
import concurrent
import threading, time
print(concurrent.futures.ThreadPoolExecutor is ThreadPoolExecutor)
def sq(x):
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(sq, range(10))))
    fs = [ex.submit(sq, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(fs)))
    done, nd = wait(fs)
    print(len(done), len(nd))
    f = ex.submit(lambda: 1 / 0)
    print(type(f.exception()).__name__)
    try:
        f.result()
    except ZeroDivisionError as e:
        print("raised", e)
    ev = threading.Event()
    slow = ex.submit(ev.wait, 5)
    fast = ex.submit(sq, 3)
    done, nd = wait([slow, fast], return_when=FIRST_COMPLETED)
    print(fast in done, slow in nd)
    try:
        slow.result(timeout=0.05)
    except concurrent.futures.TimeoutError:
        print("timeout")
    ev.set()
    print(slow.result())
    got = []
    f = ex.submit(sq, 7)
    f.add_done_callback(lambda fut: got.append(fut.result()))
    f.result()
    time.sleep(0.01)
    print(got)
ex2 = ThreadPoolExecutor(1)
ev = threading.Event()
a = ex2.submit(ev.wait)
b = ex2.submit(sq, 2)
print(b.cancel(), b.cancelled(), b.done())
ev.set()
print(a.result())
try:
    b.result()
except concurrent.futures.CancelledError:
    print("cancelled")
ex2.shutdown()
try:
    ex2.submit(sq, 1)
except RuntimeError as e:
    print(e)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print(e)
f = concurrent.futures.Future()
print(f.done(), f.running())
f.set_result(5)
print(f.result(), f.done())
try:
    f.set_result(6)
except concurrent.futures.InvalidStateError as e:
    print("InvalidStateError")
ex3 = ThreadPoolExecutor(2)
ex3.submit(time.sleep, 0.05)
print("end")
