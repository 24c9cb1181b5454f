"""File names matching shell wildcards: `glob`, `iglob`, `escape`, `has_magic`.

A pattern is matched one path component at a time: literal directory parts are taken
as they are, wildcard parts are matched against directory listings with `fnmatch`,
and with recursive=True a `**` part stands for any number of directories.
"""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]

_magic = re.compile("([*?[])")
_magic_bytes = re.compile(b"([*?[])")


def has_magic(s):
    m = _magic_bytes.search(s) if isinstance(s, bytes) else _magic.search(s)
    return m is not None


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching `pathname` (in directory-listing order)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like `glob`, as an iterator."""
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(os.fspath(pathname), root_dir, recursive, False, include_hidden)
    if recursive and _isrecursive(pathname[:2]):
        # A pattern starting with '**' yields '' for the top directory: drop it.
        return (p for p in results if p)
    return results


def _join(root, p):
    return os.path.join(root, p) if root and p else (p or root)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            in_dir = _glob2
        else:
            in_dir = _glob1
    else:
        in_dir = _glob0
    for d in dirs:
        for name in in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname or os.curdir)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(dirname, n))]
    return names


def _ishidden(name):
    return name[:1] in (".", b".")


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [n for n in names if not _ishidden(n)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(os.path.join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    """`**`: the directory itself ('') and everything below it."""
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            path = os.path.join(dirname, name) if dirname else name
            if os.path.isdir(path) and not os.path.islink(path):
                for sub in _rlistdir(path, dironly, include_hidden):
                    yield os.path.join(name, sub)


def _isrecursive(pattern):
    return pattern == (b"**" if isinstance(pattern, bytes) else "**")


def escape(pathname):
    """`pathname` with its wildcard characters made literal."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        rest = _magic_bytes.sub(rb"[\1]", rest)
    else:
        rest = _magic.sub(r"[\1]", rest)
    return drive + rest
