"""Running calls asynchronously: `Future`, `ThreadPoolExecutor`, `wait`, `as_completed`.

Written on top of `threading`. A Future's state changes under its own Condition;
`wait` and `as_completed` register a waiter object on every future they watch and
are woken when enough of them finish. `ProcessPoolExecutor` runs its calls on
threads: this runtime has no GIL, so threads already run Python code in parallel.
"""

import os as _os
import sys as _sys
import threading as _threading
import time as _time
import itertools as _itertools
from collections import namedtuple as _namedtuple

__all__ = (
    "FIRST_COMPLETED",
    "FIRST_EXCEPTION",
    "ALL_COMPLETED",
    "CancelledError",
    "TimeoutError",
    "BrokenExecutor",
    "InvalidStateError",
    "Future",
    "Executor",
    "wait",
    "as_completed",
    "ProcessPoolExecutor",
    "ThreadPoolExecutor",
)

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

PENDING = "PENDING"
RUNNING = "RUNNING"
CANCELLED = "CANCELLED"
CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
FINISHED = "FINISHED"

_STATE_NAMES = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

TimeoutError = TimeoutError


class Error(Exception):
    """Base class for the errors of this module."""


class CancelledError(Error):
    """The Future was cancelled."""


class InvalidStateError(Error):
    """The operation is not allowed in the Future's current state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run calls."""


class BrokenThreadPool(BrokenExecutor):
    """A worker thread's initializer failed."""


for _cls in (Error, CancelledError, InvalidStateError, BrokenExecutor):
    _cls.__module__ = "concurrent.futures._base"
BrokenThreadPool.__module__ = "concurrent.futures.thread"

DoneAndNotDoneFutures = _namedtuple("DoneAndNotDoneFutures", "done not_done")


class _Waiter:
    """Collects futures as they finish and wakes the waiting thread when `mode` is satisfied."""

    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending
        self.event = _threading.Event()
        self.lock = _threading.Lock()
        self.finished_futures = []

    def _finished(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            self.pending -= 1
            if (self.mode in (FIRST_COMPLETED, "AS_COMPLETED") or self.pending <= 0
                    or (failed and self.mode == FIRST_EXCEPTION)):
                self.event.set()

    def add_result(self, future):
        self._finished(future, False)

    def add_exception(self, future):
        self._finished(future, True)

    def add_cancelled(self, future):
        self._finished(future, False)


class Future:
    """The eventual result of a call."""

    def __init__(self):
        self._condition = _threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _sys.stderr.write("exception calling callback for %r\n" % (self,))
                try:
                    import traceback
                    traceback.print_exception(exc, file=_sys.stderr)
                except Exception:
                    pass

    def __repr__(self):
        with self._condition:
            name = _STATE_NAMES[self._state]
            if self._state == FINISHED:
                if self._exception:
                    return "<%s at %#x state=%s raised %s>" % (
                        type(self).__name__, id(self), name, type(self._exception).__name__)
                return "<%s at %#x state=%s returned %s>" % (
                    type(self).__name__, id(self), name, type(self._result).__name__)
            return "<%s at %#x state=%s>" % (type(self).__name__, id(self), name)

    def cancel(self):
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _sys.stderr.write("exception calling callback for %r\n" % (self,))

    def _wait_done(self, timeout):
        # Called with the condition held; True once finished, raises CancelledError/TimeoutError.
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            return
        self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        try:
            with self._condition:
                self._wait_done(timeout)
                return self.__get_result()
        finally:
            self = None

    def exception(self, timeout=None):
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    @classmethod
    def __class_getitem__(cls, item):
        return cls


Future.__module__ = "concurrent.futures._base"


class _AllLocked:
    """Holds the conditions of several futures at once (in a fixed order, so no deadlock)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *args):
        for f in self.futures:
            f._condition.release()


def _is_done(f):
    return f._state in (CANCELLED_AND_NOTIFIED, FINISHED)


def _install(fs, mode):
    pending = sum(1 for f in fs if not _is_done(f))
    waiter = _Waiter(mode, pending)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _uninstall(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Yield the futures of `fs` as they finish (already finished ones first)."""
    if timeout is not None:
        end_time = timeout + _time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AllLocked(fs):
        finished = [f for f in fs if _is_done(f)]
        pending = fs - set(finished)
        waiter = _install(fs, "AS_COMPLETED")
    try:
        for f in finished:
            yield f
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - _time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in finished:
                if f in pending:
                    pending.discard(f)
                    yield f
    finally:
        _uninstall(fs, waiter)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until `return_when` holds for `fs`; returns (done, not_done) sets."""
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return condition: {return_when!r}")
    fs = set(fs)
    with _AllLocked(fs):
        done = set(f for f in fs if _is_done(f))
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(f for f in done if f._state == FINISHED and f._exception is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install(fs, return_when)
    waiter.event.wait(timeout)
    _uninstall(fs, waiter)
    with waiter.lock:
        done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Executor:
    """Abstract base: `submit` schedules a call; `map` and the `with` protocol build on it."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - _time.monotonic())
            finally:
                for future in fs:
                    future.cancel()

        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


Executor.__module__ = "concurrent.futures._base"

# Every live worker thread and its queue, so that interpreter exit can stop them.
_worker_queues = {}
_exit_lock = _threading.Lock()
_exiting = False


def _python_exit():
    global _exiting
    with _exit_lock:
        _exiting = True
        items = list(_worker_queues.items())
    for _, q in items:
        q.put(None)
    for t, _ in items:
        t.join()


_threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


class _SimpleQueue:
    """An unbounded FIFO with blocking `get`."""

    def __init__(self):
        self._items = []
        self._head = 0
        self._cond = _threading.Condition(_threading.Lock())

    def put(self, item):
        with self._cond:
            self._items.append(item)
            self._cond.notify()

    def get(self, block=True):
        with self._cond:
            while self._head >= len(self._items):
                if not block:
                    raise _Empty()
                self._cond.wait()
            item = self._items[self._head]
            self._items[self._head] = None
            self._head += 1
            if self._head > 64 and self._head * 2 > len(self._items):
                del self._items[:self._head]
                self._head = 0
            return item

    def get_nowait(self):
        return self.get(False)


class _Empty(Exception):
    pass


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _sys.stderr.write("Exception in initializer:\n")
            executor._initializer_failed()
            return
    try:
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                del item
                executor._idle_semaphore.release()
                continue
            if _exiting or executor._shutdown:
                work_queue.put(None)
                return
    finally:
        with _exit_lock:
            _worker_queues.pop(_threading.current_thread(), None)


class ThreadPoolExecutor(Executor):
    """Runs submitted calls on a pool of up to `max_workers` threads, started as needed."""

    _counter = _itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (_os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _SimpleQueue()
        self._idle_semaphore = _threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = _threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _exiting:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = "%s_%d" % (self._thread_name_prefix, num_threads)
            t = _threading.Thread(name=name, target=_worker,
                                  args=(self, self._work_queue, self._initializer, self._initargs))
            with _exit_lock:
                _worker_queues[t] = self._work_queue
            t.start()
            self._threads.add(t)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = "A thread initializer failed, the thread pool is not usable anymore"
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except _Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except _Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()


ThreadPoolExecutor.__module__ = "concurrent.futures.thread"


class ProcessPoolExecutor(ThreadPoolExecutor):
    """Same interface as CPython's process pool; the calls run on worker threads here."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = _os.cpu_count() or 1
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        super().__init__(max_workers, "ProcessPoolExecutor-%d" % ThreadPoolExecutor._counter(), initializer,
                         initargs)


ProcessPoolExecutor.__module__ = "concurrent.futures.process"
