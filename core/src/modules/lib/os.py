"""Operating-system interfaces: `os.environ`, `getcwd`, `listdir`, `os.path`, ...

Written in Python over the native `posix` module, which holds the system calls;
`os.path` (posixpath) is pure string manipulation plus `posix._stat`.
"""

import sys
import posix as _posix
from posix import (
    getcwd,
    chdir,
    getpid,
    cpu_count,
    listdir,
    remove,
    unlink,
    rmdir,
    mkdir as _mkdir,
    rename,
    replace,
    urandom,
)

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
curdir = "."
pardir = ".."
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError


class _Environ(dict):
    """`os.environ`: a dict whose changes also reach the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _posix.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        _posix.unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ(%s)" % dict.__repr__(self)


def _make_environ():
    env = _Environ()
    for k, v in _posix._environ().items():
        dict.__setitem__(env, k, v)
    return env


environ = _make_environ()


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _posix.putenv(key, value)


def unsetenv(key):
    _posix.unsetenv(key)


def getcwdb():
    return getcwd().encode()


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    f = getattr(type(path), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(path).__name__)
    return f(path)


class PathLike:
    pass


def mkdir(path, mode=0o777, *, dir_fd=None):
    _mkdir(fspath(path))


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        _mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class stat_result(tuple):
    def __getattr__(self, name):
        fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime")
        if name in fields:
            return self[fields.index(name)]
        raise AttributeError(name)


_KIND_BITS = {"f": 0o100000, "d": 0o040000, "l": 0o120000, "o": 0}


def stat(p, *, follow_symlinks=True):
    kind, size, mtime, mode = _posix._stat(fspath(p), follow_symlinks)
    return stat_result((_KIND_BITS[kind] | (mode & 0o7777), 0, 0, 1, 0, 0, size, mtime, mtime, mtime))


def lstat(p):
    return stat(p, follow_symlinks=False)


def access(p, mode):
    try:
        _posix._stat(fspath(p), True)
        return True
    except OSError:
        return False


class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name


class _ScandirIterator:
    def __init__(self, p):
        self._entries = [DirEntry(p, n) for n in listdir(p)]

    def __iter__(self):
        return iter(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def close(self):
        pass


def scandir(p="."):
    return _ScandirIterator(fspath(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs, nondirs = [], []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    cols = int(environ.get("COLUMNS", "80"))
    lines = int(environ.get("LINES", "24"))
    return terminal_size((cols, lines))


class terminal_size(tuple):
    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]


def _exit(n=0):
    raise SystemExit(n)


def strerror(code):
    return {2: "No such file or directory", 13: "Permission denied", 17: "File exists"}.get(code, "Unknown error %d" % code)


class _PathModule:
    """`os.path` (posixpath)."""

    sep = "/"
    curdir = "."
    pardir = ".."
    extsep = "."
    altsep = None
    pathsep = ":"
    devnull = "/dev/null"

    @staticmethod
    def join(a, *p):
        a = fspath(a)
        s = "/" if isinstance(a, str) else b"/"
        path_ = a
        for b in map(fspath, p):
            if b.startswith(s):
                path_ = b
            elif not path_ or path_.endswith(s):
                path_ += b
            else:
                path_ += s + b
        return path_

    @staticmethod
    def split(p):
        p = fspath(p)
        i = p.rfind("/") + 1
        head, tail = p[:i], p[i:]
        if head and head != "/" * len(head):
            head = head.rstrip("/")
        return head, tail

    @staticmethod
    def basename(p):
        p = fspath(p)
        return p[p.rfind("/") + 1 :]

    @staticmethod
    def dirname(p):
        return path.split(p)[0]

    @staticmethod
    def splitext(p):
        p = fspath(p)
        sep_index = p.rfind("/")
        dot_index = p.rfind(".")
        if dot_index > sep_index:
            filename_index = sep_index + 1
            while filename_index < dot_index:
                if p[filename_index] != ".":
                    return p[:dot_index], p[dot_index:]
                filename_index += 1
        return p, p[:0]

    @staticmethod
    def normcase(p):
        return fspath(p)

    @staticmethod
    def splitdrive(p):
        return p[:0], p

    @staticmethod
    def isabs(p):
        return fspath(p).startswith("/")

    @staticmethod
    def normpath(p):
        p = fspath(p)
        if not p:
            return "."
        initial = 1 if p.startswith("/") else 0
        if initial and p.startswith("//") and not p.startswith("///"):
            initial = 2
        comps = p.split("/")
        new_comps = []
        for comp in comps:
            if comp in ("", "."):
                continue
            if comp != ".." or (not initial and not new_comps) or (new_comps and new_comps[-1] == ".."):
                new_comps.append(comp)
            elif new_comps:
                new_comps.pop()
        p = "/".join(new_comps)
        if initial:
            p = "/" * initial + p
        return p or "."

    @staticmethod
    def abspath(p):
        p = fspath(p)
        if not p.startswith("/"):
            p = path.join(getcwd(), p)
        return path.normpath(p)

    realpath = abspath

    @staticmethod
    def relpath(p, start=None):
        if not p:
            raise ValueError("no path specified")
        start = path.abspath(start if start is not None else ".")
        p = path.abspath(p)
        start_list = [x for x in start.split("/") if x]
        path_list = [x for x in p.split("/") if x]
        i = 0
        while i < min(len(start_list), len(path_list)) and start_list[i] == path_list[i]:
            i += 1
        rel_list = [".."] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return "."
        return "/".join(rel_list)

    @staticmethod
    def expanduser(p):
        p = fspath(p)
        if not p.startswith("~"):
            return p
        i = p.find("/", 1)
        if i < 0:
            i = len(p)
        if i == 1:
            home = environ.get("HOME", "/")
        else:
            return p
        home = home.rstrip("/")
        return (home + p[i:]) or "/"

    @staticmethod
    def expandvars(p):
        out = []
        i = 0
        while i < len(p):
            c = p[i]
            if c == "$":
                j = i + 1
                if j < len(p) and p[j] == "{":
                    k = p.find("}", j)
                    if k > 0 and p[j + 1 : k] in environ:
                        out.append(environ[p[j + 1 : k]])
                        i = k + 1
                        continue
                else:
                    k = j
                    while k < len(p) and (p[k].isalnum() or p[k] == "_"):
                        k += 1
                    if k > j and p[j:k] in environ:
                        out.append(environ[p[j:k]])
                        i = k
                        continue
            out.append(c)
            i += 1
        return "".join(out)

    @staticmethod
    def _kind(p):
        try:
            return _posix._stat(fspath(p), True)[0]
        except (OSError, ValueError):
            return None

    @staticmethod
    def exists(p):
        return path._kind(p) is not None

    @staticmethod
    def lexists(p):
        try:
            _posix._stat(fspath(p), False)
            return True
        except OSError:
            return False

    @staticmethod
    def isfile(p):
        return path._kind(p) == "f"

    @staticmethod
    def isdir(p):
        return path._kind(p) == "d"

    @staticmethod
    def islink(p):
        try:
            return _posix._stat(fspath(p), False)[0] == "l"
        except OSError:
            return False

    @staticmethod
    def ismount(p):
        return path.abspath(p) == "/"

    @staticmethod
    def getsize(p):
        return _posix._stat(fspath(p), True)[1]

    @staticmethod
    def getmtime(p):
        return _posix._stat(fspath(p), True)[2]

    getatime = getmtime
    getctime = getmtime

    @staticmethod
    def commonprefix(m):
        if not m:
            return ""
        s1 = min(m)
        s2 = max(m)
        for i, c in enumerate(s1):
            if c != s2[i]:
                return s1[:i]
        return s1

    @staticmethod
    def commonpath(paths):
        if not paths:
            raise ValueError("commonpath() arg is an empty sequence")
        split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
        isabs = {p.startswith("/") for p in paths}
        if len(isabs) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = "/" if paths[0].startswith("/") else ""
        return prefix + "/".join(common)

    @staticmethod
    def samefile(a, b):
        return path.abspath(a) == path.abspath(b)

    def __repr__(self):
        return "<module 'posixpath' (frozen)>"


path = _PathModule()
sys.modules["os.path"] = path
sys.modules["posixpath"] = path
