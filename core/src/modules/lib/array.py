"""Typed arrays of numbers (and of characters, typecode 'u'): `array.array`.

Items are kept in a list and checked against the typecode's C range on the way in;
the byte form (`tobytes`, `frombytes`) goes through `struct` in native layout.
"""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

# typecode: (itemsize, low, high, message when too small, message when too large)
_INT_LIMITS = {
    "b": (1, -(1 << 7), (1 << 7) - 1, "signed char is less than minimum", "signed char is greater than maximum"),
    "B": (1, 0, (1 << 8) - 1, "unsigned byte integer is less than minimum",
          "unsigned byte integer is greater than maximum"),
    "h": (2, -(1 << 15), (1 << 15) - 1, "signed short integer is less than minimum",
          "signed short integer is greater than maximum"),
    "H": (2, 0, (1 << 16) - 1, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
    "i": (4, -(1 << 31), (1 << 31) - 1, "signed integer is less than minimum", "signed integer is greater than maximum"),
    "I": (4, 0, (1 << 32) - 1, "can't convert negative value to unsigned int",
          "unsigned int is greater than maximum"),
    "l": (8, -(1 << 63), (1 << 63) - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    "L": (8, 0, (1 << 64) - 1, "can't convert negative value to unsigned int",
          "Python int too large to convert to C unsigned long"),
    "q": (8, -(1 << 63), (1 << 63) - 1, "int too big to convert", "int too big to convert"),
    "Q": (8, 0, (1 << 64) - 1, "can't convert negative int to unsigned", "int too big to convert"),
}
_SIZES = {"u": 4, "f": 4, "d": 8}
for _code, _limits in _INT_LIMITS.items():
    _SIZES[_code] = _limits[0]
del _code, _limits
# Codes whose native size differs from struct's standard one.
_STRUCT_CODES = {"u": "I", "l": "q", "L": "Q"}


def _index(v):
    if isinstance(v, int):
        return int(v)
    f = getattr(type(v), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return f(v)


class array:
    """array(typecode[, initializer]): a mutable sequence of one C numeric type."""

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._code = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, array):
            if typecode == "u" and initializer._code != "u":
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    def _check(self, v):
        """The item `v` as stored, or the error CPython gives for it."""
        code = self._code
        if code == "u":
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        if code in "fd":
            if isinstance(v, (str, bytes)) or not hasattr(type(v), "__float__") and not isinstance(v, int):
                raise TypeError("must be real number, not %s" % type(v).__name__)
            v = float(v)
            if code == "f":
                v = _struct.unpack("f", _struct.pack("f", v))[0]
            return v
        v = _index(v)
        size, low, high, too_small, too_large = _INT_LIMITS[code]
        if v < low:
            raise OverflowError(too_small)
        if v > high:
            raise OverflowError(too_large)
        return v

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _SIZES[self._code]

    def buffer_info(self):
        return (id(self), len(self._items))

    # Sequence protocol.

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range")

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = list(v._items)
            return
        v = self._check(v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range")

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range")

    def _new(self, items):
        a = array(self._code)
        a._items = items
        return a

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._code
        if self._code == "u":
            return "array('u', %r)" % "".join(self._items)
        return "array('%s', %r)" % (self._code, self._items)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce__(self):
        return (array, (self._code, self._items))

    # Mutation.

    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self.append(v)

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range")

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        stop = n if stop is None else stop
        for i in range(*slice(start, stop).indices(n)):
            if self._items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        if self._code == "u":
            raise RuntimeError("don't know how to byteswap this array type")
        size = self.itemsize
        data = self.tobytes()
        swapped = b"".join(data[i : i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    # Conversions.

    def _layout(self, n):
        """The struct format of `n` items (standard sizes, this machine's byte order)."""
        return "<%d%s" % (n, _STRUCT_CODES.get(self._code, self._code))

    def tobytes(self):
        items = [ord(c) for c in self._items] if self._code == "u" else self._items
        return _struct.pack(self._layout(len(items)), *items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        items = _struct.unpack(self._layout(len(data) // size), data)
        if self._code == "u":
            items = [chr(v) for v in items]
        self._items.extend(items)

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        checked = [self._check(v) for v in items]
        self._items.extend(checked)

    def tounicode(self):
        if self._code != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if self._code != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        data = f.read(n * self.itemsize)
        self.frombytes(data[: len(data) - len(data) % self.itemsize])
        if len(data) < n * self.itemsize:
            raise EOFError("read() didn't return enough bytes")


ArrayType = array
