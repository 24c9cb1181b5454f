"""Thread module emulating a subset of Java's threading model.

Weft implementation of the CPython 3.11 ``threading`` API, written in plain
Python on top of the native ``_thread`` module.

Primitives used from ``_thread``: start_new_thread, allocate_lock, RLock
(optional; a pure-Python fallback is used when missing), get_ident,
get_native_id, TIMEOUT_MAX, error, stack_size, _print_exception.
"""

import sys as _sys
import _thread

from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

# Private aliases so that "from threading import *" stays clean.
_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_HAVE_THREAD_NATIVE_ID = True
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size

_builtin_enumerate = enumerate


def _deprecated(message):
    # Emit a DeprecationWarning attributed to the caller of the deprecated
    # API (helper frame + deprecated function frame => stacklevel 3).
    try:
        import warnings
    except Exception:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _print_exception(exc):
    _thread._print_exception(exc)


# ---------------------------------------------------------------------------
# Trace / profile hooks (stored; installed in new threads when sys supports
# them).

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from threading."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from threading."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


# ---------------------------------------------------------------------------
# Locks

Lock = _allocate_lock


class _RLock:
    """Pure-Python reentrant lock (used when _thread.RLock is missing)."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        try:
            owner = _active[owner].name
        except KeyError:
            pass
        if self._block.locked():
            state = "locked"
        else:
            state = "unlocked"
        cls = self.__class__
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            state, cls.__module__, cls.__qualname__, owner, self._count,
            hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count - 1
        self._count = count
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        if self._owner != get_ident():
            return 0
        return self._count


_PyRLock = _RLock
_CRLock = getattr(_thread, 'RLock', None)
if _CRLock is None:
    RLock = _PyRLock
else:
    RLock = _CRLock


# ---------------------------------------------------------------------------
# Condition variables

class Condition:
    """Class that implements a condition variable."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Use the lock's own helpers when it has them (RLock); otherwise fall
        # back to the generic methods below.
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        # Waiter locks; only mutated while the condition's lock is held.
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True."""
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # Already released by an earlier, interrupted notify().
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Wake up all threads waiting on this condition (deprecated)."""
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# ---------------------------------------------------------------------------
# Semaphores

class Semaphore:
    """This class implements semaphore objects."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%s>" % (
            cls.__module__, cls.__qualname__, hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by n."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            i = 0
            while i < n:
                self._cond.notify()
                i += 1

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """Implements a bounded semaphore."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%s/%s>" % (
            cls.__module__, cls.__qualname__, hex(id(self)), self._value,
            self._initial_value)

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by n."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            i = 0
            while i < n:
                self._cond.notify()
                i += 1


# ---------------------------------------------------------------------------
# Events

class Event:
    """Class implementing event objects."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        if self._flag:
            status = 'set'
        else:
            status = 'unset'
        return "<%s.%s at %s: %s>" % (
            cls.__module__, cls.__qualname__, hex(id(self)), status)

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        """Return true if and only if the internal flag is true (deprecated)."""
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        """Set the internal flag to true and wake up all waiters."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the internal flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the internal flag is true (or the timeout expires)."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---------------------------------------------------------------------------
# Barriers
#
# States: 0 filling, 1 draining, -1 resetting, -2 broken.

class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Implements a Barrier."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %s: broken>" % (
                cls.__module__, cls.__qualname__, hex(id(self)))
        return "<%s.%s at %s: waiters=%s/%s>" % (
            cls.__module__, cls.__qualname__, hex(id(self)), self.n_waiting,
            self.parties)

    def wait(self, timeout=None):
        """Wait for the barrier; returns an index in range(parties)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state == -1 or self._state == 1:
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(self._not_filling, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _not_filling(self):
        return self._state != 0

    def _exit(self):
        if self._count == 0:
            if self._state == -1 or self._state == 1:
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        """Reset the barrier to the initial state."""
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        """Place the barrier into a 'broken' state."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state == -2


# ---------------------------------------------------------------------------
# Thread registry

_counter_lock = _allocate_lock()
_counter_value = 0


def _newname(name_template):
    global _counter_value
    with _counter_lock:
        _counter_value += 1
        n = _counter_value
    return name_template % n


# _active: ident -> Thread for running threads.
# _limbo: id(thread) -> Thread for threads between start() and bootstrap.
_active_limbo_lock = _allocate_lock()
_active = {}
_limbo = {}

# tstate locks of non-daemon threads; _shutdown() waits on them.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _maintain_shutdown_locks():
    # Drop locks of threads that already finished.  Caller holds
    # _shutdown_locks_lock.
    done = []
    for lock in _shutdown_locks:
        if not lock.locked():
            done.append(lock)
    for lock in done:
        _shutdown_locks.discard(lock)


# ---------------------------------------------------------------------------
# Exception hook

class ExceptHookArgs:
    """Arguments of threading.excepthook():
    (exc_type, exc_value, exc_traceback, thread)."""

    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __init__(self, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError(
                "threading.ExceptHookArgs() takes a 4-sequence (%d-sequence "
                "given)" % len(args))
        self._fields_values = args
        self.exc_type = args[0]
        self.exc_value = args[1]
        self.exc_traceback = args[2]
        self.thread = args[3]

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._fields_values[index]

    def __iter__(self):
        return iter(self._fields_values)

    def __eq__(self, other):
        if isinstance(other, ExceptHookArgs):
            return self._fields_values == other._fields_values
        if isinstance(other, tuple):
            return self._fields_values == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % self._fields_values)


def excepthook(args):
    """Handle uncaught Thread.run() exception."""
    if args.exc_type is SystemExit:
        # Silently ignore SystemExit.
        return
    stderr = _sys.stderr
    if stderr is None:
        thread = args.thread
        if thread is not None:
            stderr = getattr(thread, '_stderr', None)
        if stderr is None:
            return
    thread = args.thread
    if thread is not None:
        name = thread.name
    else:
        name = get_ident()
    stderr.write("Exception in thread %s:\n" % (name,))
    try:
        stderr.flush()
    except Exception:
        pass
    exc = args.exc_value
    if exc is None and args.exc_type is not None:
        try:
            exc = args.exc_type()
        except Exception:
            exc = None
    if exc is not None:
        _print_exception(exc)
    else:
        stderr.write("NoneType: None\n")
    stderr = _sys.stderr
    if stderr is not None:
        try:
            stderr.flush()
        except Exception:
            pass


# Original value of threading.excepthook
__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    # Report an exception raised by thread.run().
    hook = excepthook
    if hook is None:
        hook = __excepthook__
    try:
        hook(ExceptHookArgs((type(exc), exc,
                             getattr(exc, '__traceback__', None), thread)))
    except Exception as hook_exc:
        try:
            hook_exc.__suppress_context__ = True
        except Exception:
            pass
        stderr = _sys.stderr
        if stderr is None:
            stderr = getattr(thread, '_stderr', None)
        if stderr is not None:
            stderr.write("Exception in threading.excepthook:\n")
            try:
                stderr.flush()
            except Exception:
                pass
        sys_hook = getattr(_sys, 'excepthook', None)
        if sys_hook is not None:
            sys_hook(type(hook_exc), hook_exc,
                     getattr(hook_exc, '__traceback__', None))
        else:
            _print_exception(hook_exc)


# ---------------------------------------------------------------------------
# Thread

class Thread:
    """A class that represents a thread of control."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += " (%s)" % (target_name,)
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._start_called = False
        self._is_stopped = False
        self._initialized = True
        # Per-thread dicts of `local` objects touched by this thread; they
        # are dropped when the thread finishes.
        self._local_dicts = []
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # updates _is_stopped when the thread has finished
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        with _active_limbo_lock:
            if self._start_called or self._started.is_set():
                raise RuntimeError("threads can only be started once")
            self._start_called = True
            _limbo[id(self)] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                _limbo.pop(id(self), None)
                self._start_called = False
            raise
        self._started.wait()

    def _set_tstate_lock(self):
        # The tstate lock is held for the whole life of the thread; the runtime
        # releases it when the thread has finished everything, join() waits on it.
        tlock = _thread._set_sentinel()
        tlock.acquire()
        self._tstate_lock = tlock
        if not self._daemonic:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(tlock)

    def run(self):
        """Method representing the thread's activity."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Avoid a refcycle if the thread is running a function with
            # an argument that has a member that points to the thread.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        ident = None
        try:
            try:
                ident = get_ident()
                self._bootstrap_inner(ident)
            except BaseException as exc:
                # Should not happen (run() exceptions are reported by the
                # excepthook); report as a last resort.
                try:
                    _print_exception(exc)
                except BaseException:
                    pass
        finally:
            if not self._started.is_set():
                # Bootstrap failed early: don't leave start() blocked.
                self._started.set()
            with _active_limbo_lock:
                if ident is not None and _active.get(ident) is self:
                    del _active[ident]
                _limbo.pop(id(self), None)
            self._cleanup_locals(ident)

    def _bootstrap_inner(self, ident):
        self._ident = ident
        self._native_id = get_native_id()
        self._set_tstate_lock()
        with _active_limbo_lock:
            _active[ident] = self
            _limbo.pop(id(self), None)
        self._started.set()
        if _trace_hook is not None:
            settrace_fn = getattr(_sys, 'settrace', None)
            if settrace_fn is not None:
                settrace_fn(_trace_hook)
        if _profile_hook is not None:
            setprofile_fn = getattr(_sys, 'setprofile', None)
            if setprofile_fn is not None:
                setprofile_fn(_profile_hook)
        try:
            self.run()
        except BaseException as exc:
            _invoke_excepthook(self, exc)

    def _cleanup_locals(self, ident):
        containers = self._local_dicts
        if not containers:
            return
        self._local_dicts = []
        for container in containers:
            entry = container.get(ident)
            if entry is not None and entry[0] is self:
                try:
                    del container[ident]
                except KeyError:
                    pass

    def _register_local(self, container):
        lst = self._local_dicts
        if lst is not None:
            lst.append(container)

    def _stop(self):
        # No "lock is unlocked" assertion here (unlike CPython): without a
        # GIL a concurrent joiner may legitimately hold it for a moment.
        lock = self._tstate_lock
        self._is_stopped = True
        self._tstate_lock = None
        if not self._daemonic and lock is not None:
            with _shutdown_locks_lock:
                _shutdown_locks.discard(lock)
                _maintain_shutdown_locks()

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            # Already determined that the thread has stopped.
            assert self._is_stopped
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    def join(self, timeout=None):
        """Wait until the thread terminates."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            # A negative timeout means "don't wait at all".
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if not started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Return whether the thread is alive."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set() or self._start_called:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon (deprecated)."""
        _deprecated('isDaemon() is deprecated, get the daemon attribute '
                    'instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon (deprecated)."""
        _deprecated('setDaemon() is deprecated, set the daemon attribute '
                    'instead')
        self.daemon = daemonic

    def getName(self):
        """Return a string used for identification purposes only (deprecated)."""
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Set the name string for this thread (deprecated)."""
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


# ---------------------------------------------------------------------------
# Timer

class Timer(Thread):
    """Call a function after a specified number of seconds."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        if args is not None:
            self.args = args
        else:
            self.args = []
        if kwargs is not None:
            self.kwargs = kwargs
        else:
            self.kwargs = {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---------------------------------------------------------------------------
# Main thread and dummy threads

class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._local_dicts = None
        tlock = _allocate_lock()
        tlock.acquire()
        self._tstate_lock = tlock
        self._start_called = True
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # A thread not started by this module (e.g. via _thread directly).  It
    # is never deleted from _active and cannot be joined.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._local_dicts = None
        self._start_called = True
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------------------
# Global API

def current_thread():
    """Return the current Thread object."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Return the current Thread object (deprecated)."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Return the number of Thread objects currently alive (deprecated)."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    # Same as enumerate(), without the lock.
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """Return the main thread object."""
    return _main_thread


# ---------------------------------------------------------------------------
# Interpreter shutdown

_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Register a callable to be called before non-daemon threads are joined
    at interpreter shutdown (called in reverse order of registration)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")

    def call():
        func(*arg, **kwargs)

    _threading_atexits.append(call)


def _shutdown():
    """Wait until all non-daemon threads have finished.

    Called by the runtime at interpreter exit."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        # _shutdown() was already called
        return
    _SHUTTING_DOWN = True
    i = len(_threading_atexits) - 1
    while i >= 0:
        _threading_atexits[i]()
        i -= 1
    if _main_thread.ident == get_ident():
        tlock = _main_thread._tstate_lock
        if tlock is not None and tlock.locked():
            tlock.release()
        _main_thread._stop()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()
        # More threads may have been started meanwhile: loop.


# ---------------------------------------------------------------------------
# Thread-local data
#
# Each `local` keeps a dict  ident -> (thread object, attribute dict).  The
# thread object guards against ident reuse; threads started by this module
# drop their entries when they finish.

def _class_lookup(cls, name):
    for klass in cls.__mro__:
        kdict = klass.__dict__
        if name in kdict:
            return kdict[name], True
    return None, False


def _is_data_descriptor(attr):
    tp = type(attr)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


class _LocalImpl:

    def __init__(self, args, kw, has_init):
        self.args = args
        self.kw = kw
        self.has_init = has_init
        self.dicts = {}


def _local_dict(self):
    impl = object.__getattribute__(self, '_local__impl')
    ident = get_ident()
    thread = current_thread()
    dicts = impl.dicts
    entry = dicts.get(ident)
    if entry is not None and entry[0] is thread:
        return entry[1]
    d = {}
    dicts[ident] = (thread, d)
    if impl.has_init:
        try:
            type(self).__init__(self, *impl.args, **impl.kw)
        except BaseException:
            dicts.pop(ident, None)
            raise
    thread._register_local(dicts)
    return d


class local:
    """Thread-local data."""

    def __new__(cls, *args, **kw):
        init_owner = None
        for klass in cls.__mro__:
            if '__init__' in klass.__dict__:
                init_owner = klass
                break
        has_init = init_owner is not None and init_owner is not object
        if (args or kw) and not has_init:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kw, has_init)
        object.__setattr__(self, '_local__impl', impl)
        # The creating thread gets its dict now; __init__ is then run by
        # the normal instance creation protocol.
        thread = current_thread()
        impl.dicts[get_ident()] = (thread, {})
        thread._register_local(impl.dicts)
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d:
            attr, found = _class_lookup(type(self), name)
            if found and _is_data_descriptor(attr):
                return object.__getattribute__(self, name)
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only"
                % type(self).__name__)
        d = _local_dict(self)
        attr, found = _class_lookup(type(self), name)
        if found and _is_data_descriptor(attr):
            object.__setattr__(self, name, value)
            return
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only"
                % type(self).__name__)
        d = _local_dict(self)
        attr, found = _class_lookup(type(self), name)
        if found and _is_data_descriptor(attr):
            object.__delattr__(self, name)
            return
        try:
            del d[name]
        except KeyError:
            raise AttributeError(
                "'%s' object has no attribute '%s'"
                % (type(self).__name__, name)) from None


# ---------------------------------------------------------------------------
# Create the main thread object last: everything it needs exists now.

_main_thread = _MainThread()
