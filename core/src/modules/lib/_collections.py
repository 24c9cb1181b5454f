"""`deque` and `defaultdict`, re-exported by `collections`.

The deque keeps two plain lists: `_left` holds the left part in reverse order
(its last element is the leftmost item) and `_right` the right part in order, so
append/appendleft/pop/popleft are list appends and pops. When one side runs dry
half of the other side moves over, which keeps every end operation amortised
O(1) whatever the mix. As in CPython, `reverse()` is a swap of the two halves.
Unlike CPython's deque, single operations are not atomic across threads: share a
deque between threads under a lock (queue.Queue does).
"""

from reprlib import recursive_repr as _recursive_repr

__all__ = ['deque', 'defaultdict']


def _index(i):
    if isinstance(i, int):
        return i
    try:
        method = type(i).__index__
    except AttributeError:
        raise TypeError('sequence index must be integer, not %r' % type(i).__name__) from None
    return method(i)


class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    __module__ = 'collections'
    __slots__ = ('_left', '_right', '_maxlen')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = _index(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._left = []
        self._right = []
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._right.append(x)
        if self._maxlen is not None and len(self._left) + len(self._right) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._left.append(x)
        if self._maxlen is not None and len(self._left) + len(self._right) > self._maxlen:
            self.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        right = self._right
        if right:
            return right.pop()
        left = self._left
        if not left:
            raise IndexError('pop from an empty deque')
        k = (len(left) + 1) // 2
        moved = left[:k]
        moved.reverse()
        self._right = moved
        del left[:k]
        return moved.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        left = self._left
        if left:
            return left.pop()
        right = self._right
        if not right:
            raise IndexError('pop from an empty deque')
        k = (len(right) + 1) // 2
        moved = right[:k]
        moved.reverse()
        self._left = moved
        del right[:k]
        return moved.pop()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._right.extend(iterable)
        else:
            for x in iterable:
                self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._left.extend(iterable)
        else:
            for x in iterable:
                self.appendleft(x)

    def _items(self):
        items = self._left[::-1]
        items.extend(self._right)
        return items

    def _reset(self, items):
        self._left = []
        self._right = items

    def __iter__(self):
        return iter(self._items())

    def __reversed__(self):
        items = self._right[::-1]
        items.extend(self._left)
        return iter(items)

    def _locate(self, i):
        """(list, position) of the item at index i; IndexError when out of range."""
        i = _index(i)
        nl = len(self._left)
        n = nl + len(self._right)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        if i < nl:
            return self._left, nl - 1 - i
        return self._right, i - nl

    def __getitem__(self, i):
        seq, j = self._locate(i)
        return seq[j]

    def __setitem__(self, i, value):
        seq, j = self._locate(i)
        seq[j] = value

    def __delitem__(self, i):
        seq, j = self._locate(i)
        del seq[j]

    def __contains__(self, x):
        return x in self._left or x in self._right

    def clear(self):
        """Remove all elements from the deque."""
        self._left = []
        self._right = []

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self._items(), self._maxlen)

    __copy__ = copy

    def count(self, x):
        """Return number of occurrences of value."""
        return self._left.count(x) + self._right.count(x)

    def index(self, x, start=0, stop=None):
        """Return first index of value.

Raises ValueError if the value is not present."""
        items = self._items()
        if stop is None:
            stop = len(items)
        try:
            return items.index(x, start, stop)
        except ValueError:
            raise ValueError('%r is not in deque' % (x,)) from None

    def insert(self, i, x):
        """Insert value before index."""
        n = len(self)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(_index(i), x)
        self._reset(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items()
        try:
            items.remove(value)
        except ValueError:
            raise ValueError('%r is not in deque' % (value,)) from None
        self._reset(items)

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._left, self._right = self._right, self._left

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        length = len(self)
        if length <= 1:
            return
        n = _index(n)
        half = length // 2
        if n > half or n < -half:
            n %= length
            if n > half:
                n -= length
        if n > 0:
            for _ in range(n):
                self._left.append(self.pop())
        else:
            for _ in range(-n):
                self._right.append(self.popleft())

    @_recursive_repr('[...]')
    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%r)' % (name, self._items())
        return '%s(%r, maxlen=%d)' % (name, self._items(), self._maxlen)

    def __reduce__(self):
        return type(self), (self._items(), self._maxlen)

    __hash__ = None

    def _compare_items(self, other):
        if not isinstance(other, deque):
            return None
        return self._items(), other._items()

    def __eq__(self, other):
        pair = self._compare_items(other)
        return NotImplemented if pair is None else pair[0] == pair[1]

    def __ne__(self, other):
        pair = self._compare_items(other)
        return NotImplemented if pair is None else pair[0] != pair[1]

    def __lt__(self, other):
        pair = self._compare_items(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._compare_items(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._compare_items(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._compare_items(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items() * _index(n)
        self.clear()
        self.extend(items)
        return self

    def __class_getitem__(cls, item):
        return cls


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    __module__ = 'collections'

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        elif isinstance(factory, defaultdict) or factory is self:
            factory_repr = '...'
        else:
            factory_repr = repr(factory)
        return '%s(%s, %s)' % (type(self).__name__, factory_repr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new
