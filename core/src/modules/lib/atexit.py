"""Register functions to be called when the interpreter exits.

The runtime calls ``_run_exitfuncs()`` after joining non-daemon threads, when the
script imported this module. Callbacks run last-registered first; an exception in
one is reported to stderr and the others still run.
"""

import _thread

__all__ = ["register", "unregister"]

_callbacks = []
_lock = _thread.allocate_lock()


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    with _lock:
        _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered."""
    with _lock:
        _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    with _lock:
        del _callbacks[:]


def _ncallbacks():
    with _lock:
        return len(_callbacks)


def _run_exitfuncs():
    import sys
    while True:
        with _lock:
            if not _callbacks:
                return
            func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
            _thread._print_exception(exc)
