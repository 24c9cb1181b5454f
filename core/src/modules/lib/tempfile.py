"""Temporary files and directories with unpredictable names.

Names are a prefix, eight random characters and a suffix; a name is claimed by
creating the directory (`mkdir`) or the file (exclusive open), retrying on collision.
"""

import os
import io
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory", "mkdtemp",
           "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    return "".join(_NAME_CHARS[b % len(_NAME_CHARS)] for b in os.urandom(8))


def _candidate_dirs():
    for env in ("TMPDIR", "TEMP", "TMP"):
        d = os.environ.get(env)
        if d:
            yield d
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    yield os.getcwd()


def gettempdir():
    """The directory for temporary files: $TMPDIR, $TEMP, $TMP, then /tmp and friends."""
    global tempdir
    if tempdir is None:
        for d in _candidate_dirs():
            if os.path.isdir(d):
                tempdir = os.path.abspath(d)
                break
        else:
            raise FileNotFoundError(2, "No usable temporary directory found in %s" % list(_candidate_dirs()))
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def _parts(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, os.fspath(dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory and return its path; the caller removes it."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: another process may take it)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


def _create_file(mode, buffering, encoding, newline, errors, suffix, prefix, dir):
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    # Claim the name with an exclusive create, keeping the caller's text/binary and '+'.
    open_mode = "x" + "".join(c for c in mode if c in "b+t")
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            f = io.open(path, open_mode, buffering, encoding=encoding, errors=errors, newline=newline)
        except FileExistsError:
            continue
        return f, path
    raise FileExistsError(17, "No usable temporary file name found")


class _TemporaryFileWrapper:
    """A file object with a `name` that (with delete=True) removes the file on close."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self.file.closed

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper name=%r>" % self.name


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    """A new file with a visible name (`.name`), removed on close when delete=True."""
    f, path = _create_file(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    return _TemporaryFileWrapper(f, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    """A new file removed when closed."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True, errors=errors)


class SpooledTemporaryFile:
    """A temporary file kept in memory until `rollover()` or until it grows past
    `max_size`, then moved to a real temporary file."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                 dir=None, *, errors=None):
        self._file = io.BytesIO() if "b" in mode else io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._args = (mode, buffering, encoding, newline, suffix, prefix, dir, errors)

    def _check(self):
        if self._max_size and not self._rolled and self._file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        mode, buffering, encoding, newline, suffix, prefix, dir, errors = self._args
        new = TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, errors=errors)
        pos = self._file.tell()
        new.write(self._file.getvalue())
        new.seek(pos, 0)
        self._file = new
        self._rolled = True

    def write(self, s):
        rv = self._file.write(s)
        self._check()
        return rv

    def writelines(self, lines):
        self._file.writelines(lines)
        self._check()

    def __getattr__(self, name):
        return getattr(self.__dict__["_file"], name)

    def __iter__(self):
        return iter(self._file)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()
        return False

    def close(self):
        self._file.close()


class TemporaryDirectory:
    """A new directory removed (with its contents) by `cleanup()` or on leaving a
    `with` block, which binds the directory's path."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        if os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
