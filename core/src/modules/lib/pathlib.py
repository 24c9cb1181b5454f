"""Object-oriented file system paths (POSIX flavour).

`PurePath` / `PurePosixPath` are pure string manipulation: a path is its anchor ('',
'/' or '//') and a tuple of name components. `Path` / `PosixPath` add the calls that
touch the file system, made through `os`.
"""

import os
import fnmatch
import io

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(text):
    """(root, names) of one path string: '//' is kept as a root of its own (POSIX
    allows it a special meaning), '.' components and repeated slashes vanish."""
    if text.startswith("/"):
        root = "//" if text.startswith("//") and not text.startswith("///") else "/"
    else:
        root = ""
    names = [n for n in text.split("/") if n and n != "."]
    return root, names


class _Parents:
    """The sequence of a path's ancestors, nearest first."""

    def __init__(self, path):
        self._path = path
        self._len = len(path._names)

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(self._len)))
        if i >= self._len or i < -self._len:
            raise IndexError(i)
        if i < 0:
            i += self._len
        p = self._path
        return p._from_parsed(p._root, p._names[: self._len - i - 1])

    def __iter__(self):
        for i in range(self._len):
            yield self[i]

    def __repr__(self):
        return "<%s.parents>" % type(self._path).__name__


class PurePath:
    """A path without file system access; `PurePath(...)` makes a PurePosixPath."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init_from(args)
        return self

    def _init_from(self, args):
        root = ""
        names = []
        for a in args:
            if isinstance(a, PurePath):
                a_root, a_names = a._root, list(a._names)
            else:
                a = os.fspath(a)
                if isinstance(a, bytes):
                    raise TypeError(
                        "argument should be a str object or an os.PathLike object returning str, not %r" % type(a)
                    )
                if not isinstance(a, str):
                    raise TypeError(
                        "argument should be a str object or an os.PathLike object returning str, not %r" % type(a)
                    )
                a_root, a_names = _parse(a)
            if a_root:
                root, names = a_root, a_names
            else:
                names = names + a_names
        self._root = root
        self._names = tuple(names)

    def _from_parsed(self, root, names):
        p = object.__new__(type(self))
        p._root = root
        p._names = tuple(names)
        return p

    # Text forms.

    def __str__(self):
        return (self._root + "/".join(self._names)) or "."

    def as_posix(self):
        return str(self)

    def __fspath__(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode()

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/")
        out = []
        for b in str(self).encode("utf-8"):
            c = chr(b)
            out.append(c if c in safe else "%%%02X" % b)
        return "file://" + "".join(out)

    # Comparison.

    def _key(self):
        return (self._root, self._names)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def _order_key(self):
        return list(self.parts)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._order_key() < other._order_key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._order_key() <= other._order_key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._order_key() > other._order_key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._order_key() >= other._order_key()

    # Components.

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + self._names

    @property
    def name(self):
        return self._names[-1] if self._names else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        return name[i:] if 0 < i < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._names:
            return self
        return self._from_parsed(self._root, self._names[:-1])

    @property
    def parents(self):
        return _Parents(self)

    # Derived paths.

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._names[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[: -len(old)] + suffix
        return self._from_parsed(self._root, self._names[:-1] + (name,))

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def relative_to(self, *other):
        """This path expressed from `other`, which must be one of its ancestors."""
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._names)
        if base._root != self._root or self._names[:n] != base._names:
            raise ValueError(
                "{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute.".format(
                    str(self), str(base)
                )
            )
        return self._from_parsed("", self._names[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Whether the path's last components match the glob pattern (all of them
        when the pattern is absolute)."""
        pat = PurePosixPath(path_pattern)
        if not pat.parts:
            raise ValueError("empty pattern")
        parts = self.parts
        pat_parts = pat.parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class PureWindowsPath(PurePath):
    """Accepted for isinstance checks and names; paths are parsed the POSIX way."""


class Path(PurePath):
    """A path with file system operations; `Path(...)` makes a PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._init_from(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        return os.path.exists(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._child(name)

    def _child(self, name):
        return self._from_parsed(self._root, self._names + (name,))

    def glob(self, pattern):
        """The existing paths below this one matching the relative glob `pattern`
        ('**' matches this directory and all directories below it)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pat._names)
        dirs_only_end = pattern.endswith("/")
        seen = set()
        for p in self._select(self, parts, dirs_only_end):
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p

    def _select(self, base, parts, dirs_only_end):
        if not parts:
            if not dirs_only_end or base.is_dir():
                yield base
            return
        first, rest = parts[0], parts[1:]
        if first == "**":
            for d in self._walk_dirs(base):
                yield from self._select(d, rest, dirs_only_end)
        elif any(c in first for c in "*?["):
            try:
                names = os.listdir(str(base))
            except OSError:
                return
            for name in names:
                if fnmatch.fnmatchcase(name, first):
                    child = base._child(name)
                    if rest and not child.is_dir():
                        continue
                    yield from self._select(child, rest, dirs_only_end)
        else:
            child = base._child(first)
            if rest:
                if child.is_dir():
                    yield from self._select(child, rest, dirs_only_end)
            elif os.path.lexists(child):
                yield from self._select(child, rest, dirs_only_end)

    def _walk_dirs(self, base):
        yield base
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            child = base._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def rglob(self, pattern):
        return self.glob("**/" + pattern)

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        p = type(self)(os.path.realpath(self))
        if strict and not p.exists():
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return p

    def expanduser(self):
        if self._names and self._names[0].startswith("~") and not self._root:
            return type(self)(os.path.expanduser(str(self)))
        return self

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        with self.open("wb") as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        with self.open("a"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return type(self)(target)


class PosixPath(Path, PurePosixPath):
    pass


class WindowsPath(Path, PureWindowsPath):
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % cls.__name__)
