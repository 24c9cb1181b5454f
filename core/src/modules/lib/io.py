"""In-memory text and binary streams (`StringIO`, `BytesIO`).

Written in Python: both are a buffer plus a position, and the operations are small
enough that a native version would buy nothing for ordinary scripts.
"""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

import posix as _posix


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """Shared behaviour: closing, context management, line iteration."""

    def __init__(self):
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    _closed_msg = "I/O operation on closed file."

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class _Buffer(IOBase):
    """A sequence buffer (str or bytes) with a position; `_empty` is its zero value."""

    _empty = ""

    def __init__(self, initial):
        IOBase.__init__(self)
        self._parts = [initial] if initial else []
        self._buf = initial
        self._size = len(initial)
        self._pos = 0

    def _value(self):
        if len(self._parts) != 1 or self._parts[0] is not self._buf:
            self._buf = self._empty.join(self._parts)
            self._parts = [self._buf]
        return self._buf

    def getvalue(self):
        self._check_closed()
        return self._value()

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._value()) + pos)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def read(self, size=-1):
        self._check_closed()
        buf = self._value()
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(len(buf), self._pos + size)
        start = min(self._pos, len(buf))
        self._pos = max(self._pos, end)
        return buf[start:end]

    def readline(self, size=-1):
        self._check_closed()
        buf = self._value()
        start = self._pos
        if start >= len(buf):
            return self._empty
        nl = buf.find(self._newline, start)
        end = len(buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return buf[start:end]

    def write(self, s):
        self._check_closed()
        self._check_type(s)
        n = len(s)
        if not n:
            return 0
        if self._pos == self._size:
            # Appending (the common case) stays linear: join only when read.
            self._parts.append(s)
        else:
            cur = self._value() if self._parts else self._empty
            if self._pos > len(cur):
                cur = cur + self._pad * (self._pos - len(cur))
            self._buf = cur[: self._pos] + s + cur[self._pos + n :]
            self._parts = [self._buf]
        self._pos += n
        self._size = max(self._size, self._pos)
        return n

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._value()[:size]
        self._parts = [self._buf]
        self._size = len(self._buf)
        return size


class StringIO(_Buffer):
    _closed_msg = "I/O operation on closed file"
    _empty = ""
    _newline = "\n"
    _pad = "\0"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        _Buffer.__init__(self, initial_value)

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)

    @property
    def encoding(self):
        return None

    def __repr__(self):
        return "<_io.StringIO object>"


class BytesIO(_Buffer):
    _empty = b""
    _newline = b"\n"
    _pad = b"\0"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        _Buffer.__init__(self, bytes(initial_bytes))

    def _check_type(self, s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)

    def write(self, s):
        self._check_type(s)
        return _Buffer.write(self, bytes(s))

    def getbuffer(self):
        return bytearray(self.getvalue())

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return "<_io.BytesIO object>"


TextIOBase = IOBase
BufferedIOBase = IOBase
RawIOBase = IOBase


class FileIO(IOBase):
    """A file opened by `open()`: reads are served from the content loaded on first
    read, writes go straight to the OS through `posix._fwrite`."""

    def __init__(self, handle, name, mode, binary, encoding, errors, newline, readable, writable):
        IOBase.__init__(self)
        self._h = handle
        self.name = name
        self.mode = mode
        self._binary = binary
        self.encoding = None if binary else encoding
        self.errors = None if binary else errors
        self._newline = newline
        self._readable = readable
        self._writable = writable
        self._lines = None
        self._li = 0

    def __repr__(self):
        if self._binary:
            kind = "_io.BufferedReader" if self._readable and not self._writable else "_io.BufferedWriter"
            return "<%s name=%r>" % (kind, self.name)
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode, self.encoding)

    def close(self):
        if not self._closed:
            self._closed = True
            _posix._fclose(self._h)

    def __del__(self):
        self.close()

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._h

    def _check_readable(self):
        self._check_closed()
        if not self._readable:
            raise UnsupportedOperation("not readable")

    def _check_writable(self):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation("not writable")

    def _decode(self, data):
        if self._binary:
            return data
        text = data.decode(self.encoding, self.errors)
        if self._newline is None and "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _load(self):
        """The rest of the file as a list of lines, read once."""
        if self._lines is None:
            text = self._decode(_posix._fread(self._h, -1))
            self._lines = _split_lines(text, self._binary)
            self._li = 0
        return self._lines

    def _rest(self):
        lines = self._load()
        rest = (b"" if self._binary else "").join(lines[self._li :])
        self._lines = []
        self._li = 0
        return rest

    def read(self, size=-1):
        self._check_readable()
        rest = self._rest()
        if size is None or size < 0 or size >= len(rest):
            return rest
        self._lines = _split_lines(rest[size:], self._binary)
        return rest[:size]

    def readline(self, size=-1):
        self._check_readable()
        lines = self._load()
        if self._li >= len(lines):
            return b"" if self._binary else ""
        line = lines[self._li]
        if size is not None and 0 <= size < len(line):
            lines[self._li] = line[size:]
            return line[:size]
        self._li += 1
        return line

    def readlines(self, hint=-1):
        self._check_readable()
        if hint is None or hint <= 0:
            lines = self._load()
            out = lines[self._li :]
            self._lines = []
            self._li = 0
            return out
        return IOBase.readlines(self, hint)

    def __next__(self):
        self._check_closed()
        lines = self._load()
        if self._li >= len(lines):
            raise StopIteration
        line = lines[self._li]
        self._li += 1
        return line

    def write(self, s):
        self._check_writable()
        if self._binary:
            if not isinstance(s, (bytes, bytearray)):
                raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
            data = bytes(s)
        else:
            if not isinstance(s, str):
                raise TypeError("write() argument must be str, not %s" % type(s).__name__)
            text = s
            if self._newline not in (None, "", "\n"):
                text = text.replace("\n", self._newline)
            data = text.encode(self.encoding, self.errors)
        self._lines = None
        _posix._fwrite(self._h, data)
        return len(s)

    def _unread_offset(self):
        if not self._lines:
            return 0
        rest = (b"" if self._binary else "").join(self._lines[self._li :])
        return len(rest if self._binary else rest.encode(self.encoding, self.errors))

    def tell(self):
        self._check_closed()
        return _posix._fseek(self._h, 0, 1) - self._unread_offset()

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 1:
            pos -= self._unread_offset()
        self._lines = None
        return _posix._fseek(self._h, pos, whence)

    def truncate(self, size=None):
        self._check_writable()
        if size is None:
            size = self.tell()
        return _posix._ftruncate(self._h, size)


def _split_lines(data, binary):
    nl = b"\n" if binary else "\n"
    lines = data.split(nl)
    last = lines.pop()
    lines = [line + nl for line in lines]
    if last:
        lines.append(last)
    return lines


def _open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(file, (str, bytes, int)):
        fspath = getattr(type(file), "__fspath__", None)
        if fspath is None:
            raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)
        file = fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    kinds = [c for c in mode if c in "rwax"]
    if len(kinds) != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    binary = "b" in modes
    if binary and "t" in modes:
        raise ValueError("can't have text and binary mode at once")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %s" % (newline,))
    kind = kinds[0]
    plus = "+" in modes
    if isinstance(file, bytes):
        file = file.decode()
    handle = _posix._fopen(file, kind + ("+" if plus else ""))
    return FileIO(
        handle,
        file,
        mode,
        binary,
        encoding or "UTF-8",
        errors or "strict",
        newline,
        kind == "r" or plus,
        kind != "r" or plus,
    )


TextIOWrapper = FileIO
BufferedReader = FileIO
BufferedWriter = FileIO
open = _open
