"""Reading and writing CSV files: `reader`, `writer`, `DictReader`, `DictWriter`, dialects.

The reader is a character state machine fed one line at a time, so a quoted field may
span lines; the writer quotes or escapes each field as the dialect's quoting rule asks.
"""

from io import StringIO

__all__ = [
    "QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel", "excel_tab",
    "unix_dialect", "field_size_limit", "reader", "writer", "register_dialect", "get_dialect", "list_dialects",
    "unregister_dialect", "DictReader", "DictWriter", "Sniffer", "__version__",
]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = "_csv"


def field_size_limit(*args):
    """The longest field the reader accepts; with an argument, set it and return the old one."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


_DEFAULTS = {
    "delimiter": ",",
    "quotechar": '"',
    "escapechar": None,
    "doublequote": True,
    "skipinitialspace": False,
    "lineterminator": "\r\n",
    "quoting": QUOTE_MINIMAL,
    "strict": False,
}


class _Params:
    """A checked set of dialect parameters (what a reader or writer uses)."""

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _DEFAULTS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for key, default in _DEFAULTS.items():
            if key in kwargs:
                value = kwargs[key]
            elif dialect is not None and hasattr(dialect, key):
                value = getattr(dialect, key)
            else:
                value = default
            setattr(self, key, value)
        self._check()

    def _check(self):
        _char_param("delimiter", self.delimiter, allow_none=False)
        _char_param("escapechar", self.escapechar, allow_none=True)
        _char_param("quotechar", self.quotechar, allow_none=True)
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')


def _char_param(name, value, allow_none):
    if value is None and allow_none:
        return
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)


class Dialect:
    """A description of a CSV flavour; subclass it and set the class attributes."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        try:
            _Params(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(_Params(dialect, **kwargs))


def _make_dialect(params):
    d = Dialect.__new__(Dialect)
    for key in _DEFAULTS:
        object.__setattr__(d, key, getattr(params, key))
    return d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None


class _Reader:
    """Iterates the rows (lists of str) of an iterable of lines."""

    def __init__(self, lines, dialect="excel", **kwargs):
        self._lines = iter(lines)
        self.dialect = _make_dialect(_Params(dialect, **kwargs))
        self._p = self.dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._quoted = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self._p.strict:
                        raise Error("unexpected end of data")
                    self._save()
                    break
                raise
            self.line_num += 1
            if not isinstance(line, str):
                raise Error(
                    "iterator should return strings, not %.200s (the file should be opened in text mode)"
                    % type(line).__name__
                )
            for c in line:
                self._step(c)
            self._step(_EOL)
            if self._state == _START_RECORD:
                break
        return self._fields

    def _save(self):
        text = "".join(self._field)
        if self._p.quoting == QUOTE_NONNUMERIC and not self._quoted and text:
            text = float(text)
        self._fields.append(text)
        self._field = []
        self._quoted = False

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _step(self, c):
        p = self._p
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == p.quotechar and p.quoting != QUOTE_NONE:
                self._quoted = True
                self._state = _IN_QUOTED_FIELD
            elif c == p.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and p.skipinitialspace:
                pass
            elif c == p.delimiter:
                self._save()
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
            else:
                self._add("\n" if c is _EOL else c)
                self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            if c is not _EOL:
                self._state = _IN_FIELD
                self._step(c)
        elif state == _IN_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == p.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == p.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == p.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == p.quotechar and p.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if p.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if p.quoting != QUOTE_NONE and c == p.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == p.delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not p.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (p.delimiter, p.quotechar))
        elif state == _EAT_CRNL:
            if c is _EOL:
                self._state = _START_RECORD
            elif c != "\n" and c != "\r":
                raise Error("new-line character seen in unquoted field - do you need to open the file in "
                            "universal-newline mode?")


def reader(csvfile, dialect="excel", **fmtparams):
    """An iterator over the rows of `csvfile` (any iterable of lines)."""
    return _Reader(csvfile, dialect, **fmtparams)


class _Writer:
    """Writes rows to a file-like object with a `write` method."""

    def __init__(self, fileobj, dialect="excel", **kwargs):
        if not hasattr(fileobj, "write"):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = _make_dialect(_Params(dialect, **kwargs))

    def _field(self, value, sole):
        p = self.dialect
        if value is None:
            text = ""
            numeric = False
        else:
            numeric = isinstance(value, (int, float, complex))
            text = value if isinstance(value, str) else str(value)
        quoted = p.quoting == QUOTE_ALL or (p.quoting == QUOTE_NONNUMERIC and not numeric)
        if sole and not text:
            if p.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        out = []
        for c in text:
            if c == p.delimiter or c == p.escapechar or c == p.quotechar or c in p.lineterminator:
                escape = False
                if p.quoting == QUOTE_NONE:
                    escape = True
                elif c == p.quotechar:
                    if p.doublequote:
                        out.append(c)
                    else:
                        escape = True
                elif c == p.escapechar:
                    escape = True
                if not escape:
                    quoted = True
                if escape:
                    if p.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(p.escapechar)
            out.append(c)
        text = "".join(out)
        if quoted:
            if p.quotechar is None:
                raise Error("need to escape, but no escapechar set")
            text = p.quotechar + text + p.quotechar
        return text

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        sole = len(fields) == 1
        line = self.dialect.delimiter.join(self._field(f, sole) for f in fields)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    """A writer of rows to `csvfile` (anything with a `write` method)."""
    return _Writer(csvfile, dialect, **fmtparams)


class DictReader:
    """Rows as dicts keyed by `fieldnames` (by default, the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
            self.line_num = self.reader.line_num
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        elif len(names) > len(row):
            for key in names[len(row):]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses the dialect of a sample: the delimiter is the candidate character that
    appears the same number of times on the most lines."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        lines = [line for line in sample.split("\n") if line.strip()]
        candidates = delimiters or "".join(sorted(set(c for c in sample if not c.isalnum() and c not in "\"'\r\n")))
        best = None
        best_score = 0
        for c in candidates:
            counts = [line.count(c) for line in lines]
            if not counts or max(counts) == 0:
                continue
            mode = max(set(counts), key=counts.count)
            score = counts.count(mode) if mode else 0
            if score > best_score or (score == best_score and best is not None and c in self.preferred
                                      and (best not in self.preferred
                                           or self.preferred.index(c) < self.preferred.index(best))):
                best, best_score = c, score
        if best is None:
            raise Error("Could not determine delimiter")
        quote = '"'
        if sample.count("'") > sample.count('"'):
            quote = "'"

        class sniffed(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL
            delimiter = best
            quotechar = quote
            doublequote = True
            skipinitialspace = False

        return sniffed

    def has_header(self, sample):
        """True when the first row looks different in type from the rows below it."""
        rows = list(reader(StringIO(sample), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, body = rows[0], rows[1:21]

        def kind(v):
            try:
                float(v)
                return "num"
            except ValueError:
                return len(v)

        votes = 0
        for col, name in enumerate(header):
            kinds = set(kind(r[col]) for r in body if col < len(r))
            if len(kinds) != 1:
                continue
            k = kinds.pop()
            votes += 1 if kind(name) != k else -1
        return votes > 0
