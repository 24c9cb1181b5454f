"""Printing and formatting exceptions the way the interpreter reports them.

Written in Python over the runtime's own formatter (`posix._format_exception`), so
`traceback.print_exc()` prints exactly what an uncaught exception would.
"""

import sys
import posix as _posix

__all__ = [
    "print_exc",
    "format_exc",
    "print_exception",
    "format_exception",
    "format_exception_only",
    "print_exception_only",
    "print_stack",
    "format_stack",
    "extract_stack",
    "format_tb",
    "print_tb",
]


def _exc_from(exc, value):
    """The exception object from either calling form: (exc) or (type, value, tb)."""
    if value is not _sentinel:
        return value
    return exc


_sentinel = object()


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    e = _exc_from(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    return _posix._format_exception(e).splitlines(True)


def format_exception_only(exc, /, value=_sentinel):
    e = _exc_from(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    return _posix._format_exception_only(e).splitlines(True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        file.write(line)


def print_exception_only(exc, /, value=_sentinel, file=None):
    if file is None:
        file = sys.stderr
    for line in format_exception_only(exc, value):
        file.write(line)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    return []


def print_tb(tb, limit=None, file=None):
    pass


def extract_tb(tb, limit=None):
    return []


def extract_stack(f=None, limit=None):
    return []


def format_stack(f=None, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass


def format_list(extracted_list):
    return []


def print_list(extracted_list, file=None):
    pass


def clear_frames(tb):
    pass
