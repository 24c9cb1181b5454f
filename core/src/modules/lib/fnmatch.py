"""Shell-style wildcard matching of file names: `*`, `?`, `[seq]` and `[!seq]`.

Patterns are translated to regular expressions once and cached.
"""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_MAX = 256


def _compile(pat):
    m = _cache.get(pat)
    if m is None:
        if isinstance(pat, bytes):
            text = translate(pat.decode("latin-1")).encode("latin-1")
        else:
            text = translate(pat)
        m = re.compile(text).match
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[pat] = m
    return m


def fnmatch(name, pat):
    """Whether `name` matches `pat`, after normalising case as the OS does (not on POSIX)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    """Whether `name` matches `pat`, case-sensitively."""
    return _compile(pat)(name) is not None


def filter(names, pat):
    """The names of the list that match `pat`."""
    match = _compile(os.path.normcase(pat))
    return [n for n in names if match(os.path.normcase(n)) is not None]


def _char_class(body):
    """Regex character class for the inside of `[...]` (without the brackets)."""
    negate = body.startswith("!")
    if negate:
        body = body[1:]
    items = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            lo, hi = body[i], body[i + 2]
            if lo <= hi:
                items.append(_class_char(lo) + "-" + _class_char(hi))
            i += 3
        else:
            items.append(_class_char(body[i]))
            i += 1
    if not items:
        return "." if negate else "(?!)"
    return "[" + ("^" if negate else "") + "".join(items) + "]"


def _class_char(c):
    return "\\" + c if c in "\\-^[]" else c


def translate(pat):
    """A regular expression (as text) matching exactly what `pat` matches."""
    out = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            # Runs of stars match the same as one.
            while i < n and pat[i] == "*":
                i += 1
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
            else:
                out.append(_char_class(pat[i:j]))
                i = j + 1
        else:
            out.append(re.escape(c))
    return "(?s:%s)\\Z" % "".join(out)
