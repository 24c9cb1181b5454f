"""JSON encoding and decoding with CPython 3.11's output and error messages.

Written in Python: the encoder builds a list of string chunks and joins them once; the
decoder is a recursive-descent scanner over the text. Both follow the behaviour (and
the exact messages of `JSONDecodeError`) of CPython's C accelerated versions.
"""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
}

INFINITY = float("inf")


def _escape_char(c):
    e = _ESCAPES.get(c)
    if e is not None:
        return e
    n = ord(c)
    if n < 0x10000:
        return "\\u%04x" % n
    n -= 0x10000
    return "\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF))


def _encode_str(s, ensure_ascii):
    if ensure_ascii:
        if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
            return '"' + s + '"'
        out = []
        for c in s:
            if " " <= c <= "~" and c != '"' and c != "\\":
                out.append(c)
            else:
                out.append(_escape_char(c))
        return '"' + "".join(out) + '"'
    if '"' not in s and "\\" not in s and (s.isprintable() or not _has_control(s)):
        return '"' + s + '"'
    out = []
    for c in s:
        if c < " " or c == '"' or c == "\\":
            out.append(_escape_char(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def _has_control(s):
    for c in s:
        if c < " ":
            return True
    return False


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(
        self,
        *,
        skipkeys=False,
        ensure_ascii=True,
        check_circular=True,
        allow_nan=True,
        sort_keys=False,
        indent=None,
        separators=None,
        default=None
    ):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        out = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        _Encoder(self, indent, out).encode(o, 0)
        return out

    def _float(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return repr(o) if type(o) is float else repr(float(o))
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text


class _Encoder:
    """One encoding run: the chunks written so far and the containers being encoded."""

    def __init__(self, enc, indent, out):
        self.enc = enc
        self.indent = indent
        self.out = out
        self.markers = {} if enc.check_circular else None

    def scalar(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.enc.ensure_ascii)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return repr(o) if type(o) is int else repr(int(o))
        if isinstance(o, float):
            return self.enc._float(o)
        return None

    def encode(self, o, level):
        s = self.scalar(o)
        if s is not None:
            self.out.append(s)
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            self.mark(o)
            self.encode(self.enc.default(o), level)
            self.unmark(o)

    def mark(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def newline(self, level):
        return "\n" + self.indent * level

    def encode_list(self, lst, level):
        out = self.out
        if not lst:
            out.append("[]")
            return
        self.mark(lst)
        if self.indent is not None:
            level += 1
            nl = self.newline(level)
            sep = self.enc.item_separator + nl
            out.append("[" + nl)
        else:
            sep = self.enc.item_separator
            out.append("[")
        first = True
        for v in lst:
            if first:
                first = False
            else:
                out.append(sep)
            self.encode(v, level)
        if self.indent is not None:
            out.append(self.newline(level - 1))
        out.append("]")
        self.unmark(lst)

    def key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self.enc._float(k)
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, int):
            return repr(k) if type(k) is int else repr(int(k))
        if self.enc.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not %s" % k.__class__.__name__)

    def encode_dict(self, d, level):
        out = self.out
        if not d:
            out.append("{}")
            return
        self.mark(d)
        if self.indent is not None:
            level += 1
            nl = self.newline(level)
            sep = self.enc.item_separator + nl
            out.append("{" + nl)
        else:
            sep = self.enc.item_separator
            out.append("{")
        items = list(d.items())
        if self.enc.sort_keys:
            items.sort(key=lambda kv: kv[0])
        first = True
        for k, v in items:
            k = self.key(k)
            if k is None:
                continue
            if first:
                first = False
            else:
                out.append(sep)
            out.append(_encode_str(k, self.enc.ensure_ascii))
            out.append(self.enc.key_separator)
            self.encode(v, level)
        if self.indent is not None:
            out.append(self.newline(level - 1))
        out.append("}")
        self.unmark(d)


_default_encoder = JSONEncoder()


def dumps(
    obj,
    *,
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    cls=None,
    indent=None,
    separators=None,
    default=None,
    sort_keys=False,
    **kw
):
    if (
        not skipkeys
        and ensure_ascii
        and check_circular
        and allow_nan
        and cls is None
        and indent is None
        and separators is None
        and default is None
        and not sort_keys
        and not kw
    ):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys,
        ensure_ascii=ensure_ascii,
        check_circular=check_circular,
        allow_nan=allow_nan,
        indent=indent,
        separators=separators,
        default=default,
        sort_keys=sort_keys,
        **kw
    ).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_WS = " \t\n\r"
_DIGITS = "0123456789"
_CONSTANTS = {"NaN": float("nan"), "Infinity": INFINITY, "-Infinity": -INFINITY}
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = "0123456789abcdefABCDEF"


class JSONDecoder:
    def __init__(
        self,
        *,
        object_hook=None,
        parse_float=None,
        parse_int=None,
        parse_constant=None,
        strict=True,
        object_pairs_hook=None
    ):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return _Scanner(self, s).value(idx)


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _Scanner:
    def __init__(self, dec, s):
        self.dec = dec
        self.s = s

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.object(i + 1)
        if c == "[":
            return self.array(i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        if c == "N" and s.startswith("NaN", i):
            return self.dec.parse_constant("NaN"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return self.dec.parse_constant("Infinity"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return self.dec.parse_constant("-Infinity"), i + 9
        return self.number(i)

    def number(self, start):
        s = self.s
        n = len(s)
        i = start
        if i < n and s[i] == "-":
            i += 1
        if i < n and s[i] == "0":
            i += 1
        elif i < n and "1" <= s[i] <= "9":
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise JSONDecodeError("Expecting value", s, start)
        is_float = False
        if i + 1 < n and s[i] == "." and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and s[j] in _DIGITS:
                is_float = True
                i = j + 1
                while i < n and s[i] in _DIGITS:
                    i += 1
        text = s[start:i]
        if is_float:
            return self.dec.parse_float(text), i
        return self.dec.parse_int(text), i

    def string(self, i):
        s = self.s
        begin = i - 1
        chunks = []
        while True:
            q = s.find('"', i)
            if q < 0:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            seg = s[i:q]
            if "\\" not in seg and (seg.isprintable() or not _has_control(seg) or not self.dec.strict):
                chunks.append(seg)
                return "".join(chunks), q + 1
            # slow path: walk up to the next backslash or control character
            while i < len(s):
                c = s[i]
                if c == '"':
                    return "".join(chunks), i + 1
                if c == "\\":
                    i = self.escape(i, chunks)
                    break
                if c < " " and self.dec.strict:
                    raise JSONDecodeError("Invalid control character at", s, i)
                chunks.append(c)
                i += 1
            else:
                raise JSONDecodeError("Unterminated string starting at", s, begin)

    def escape(self, i, chunks):
        s = self.s
        if i + 1 >= len(s):
            raise JSONDecodeError("Unterminated string starting at", s, i)
        e = s[i + 1]
        if e != "u":
            r = _UNESCAPE.get(e)
            if r is None:
                raise JSONDecodeError("Invalid \\escape", s, i)
            chunks.append(r)
            return i + 2
        cp = self.hex4(i + 2)
        end = i + 6
        if 0xD800 <= cp <= 0xDBFF and s.startswith("\\u", end):
            lo = self.hex4(end + 2)
            if 0xDC00 <= lo <= 0xDFFF:
                cp = 0x10000 + (((cp - 0xD800) << 10) | (lo - 0xDC00))
                end += 6
        chunks.append(chr(cp))
        return end

    def hex4(self, i):
        s = self.s
        h = s[i : i + 4]
        if len(h) != 4 or not all(c in _HEX for c in h):
            raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)
        return int(h, 16)

    def object(self, i):
        s = self.s
        dec = self.dec
        pairs = []
        i = _skip(s, i)
        if i < len(s) and s[i] == "}":
            return self.finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(i + 1)
            i = _skip(s, i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip(s, i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = _skip(s, i)
            if i < len(s) and s[i] == "}":
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)

    def finish_object(self, pairs):
        dec = self.dec
        if dec.object_pairs_hook is not None:
            return dec.object_pairs_hook(pairs)
        d = dict(pairs)
        if dec.object_hook is not None:
            return dec.object_hook(d)
        return d

    def array(self, i):
        s = self.s
        values = []
        i = _skip(s, i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = _skip(s, i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)


_default_decoder = JSONDecoder()


def loads(
    s,
    *,
    cls=None,
    object_hook=None,
    parse_float=None,
    parse_int=None,
    parse_constant=None,
    object_pairs_hook=None,
    **kw
):
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = bytes(s).decode("utf-8")
    else:
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s" % s.__class__.__name__)
    if (
        cls is None
        and object_hook is None
        and parse_float is None
        and parse_int is None
        and parse_constant is None
        and object_pairs_hook is None
        and not kw
    ):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
