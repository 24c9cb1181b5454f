"""The `itertools` module: iterator building blocks.

Written in Python. Most tools are generators behind a small function that checks
the arguments and calls `iter()` first, so that errors surface at the call the way
they do in CPython rather than on the first `next()`.
"""

__all__ = [
    'accumulate', 'chain', 'combinations', 'combinations_with_replacement',
    'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
    'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
    'zip_longest',
]

_MAXSIZE = 9223372036854775807


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(v, '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class repeat:
    """repeat(object[, times]): object over and over, forever or `times` times."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._left = -1
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left < 0:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


def cycle(iterable):
    """cycle(p): the elements of p, then again, forever."""
    return _cycle(iter(iterable))


def _accumulate(it, func, initial):
    total = initial
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    """accumulate(p[, func][, initial=]): running totals (or results of func)."""
    return _accumulate(iter(iterable), func, initial)


def _chain(iterables):
    for it in iterables:
        yield from it


def chain(*iterables):
    """chain(p, q, ...): the elements of p, then of q, ..."""
    return _chain(iterables)


def _from_iterable(iterable):
    return _chain(iterable)


chain.from_iterable = _from_iterable


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """compress(data, selectors): the elements of data whose selector is true."""
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def dropwhile(predicate, iterable):
    """dropwhile(pred, seq): skip elements while pred holds, then yield the rest."""
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def takewhile(predicate, iterable):
    """takewhile(pred, seq): elements while pred holds."""
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(predicate, iterable):
    """filterfalse(pred, seq): elements for which pred is false."""
    return _filterfalse(predicate, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable):
    """starmap(fun, seq): fun(*seq[0]), fun(*seq[1]), ..."""
    return _starmap(function, iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


def pairwise(iterable):
    """pairwise(s): (s[0], s[1]), (s[1], s[2]), ..."""
    return _pairwise(iter(iterable))


_ISLICE_ARG = ('%s argument for islice() must be None or an integer: '
               '0 <= x <= sys.maxsize.')


def _islice_arg(value, which):
    if value is None:
        return None
    if hasattr(type(value), '__index__'):
        value = type(value).__index__(value)
        if 0 <= value <= _MAXSIZE:
            return value
    raise ValueError(_ISLICE_ARG % which)


def _islice(it, start, stop, step):
    i = 0
    nxt = start
    if stop is None:
        for element in it:
            if i == nxt:
                yield element
                nxt += step
            i += 1
        return
    if start >= stop:
        for element in it:
            i += 1
            if i >= start:
                break
        return
    for element in it:
        if i == nxt:
            yield element
            nxt += step
            if nxt >= stop:
                return
        i += 1


def islice(iterable, *args):
    """islice(seq, [start,] stop [, step]): elements of seq[start:stop:step]."""
    if len(args) == 1:
        start, stop, step = 0, _islice_arg(args[0], 'Stop'), 1
    elif len(args) in (2, 3):
        if args[0] is None:
            start = 0
        else:
            start = _islice_arg(args[0], 'Indices')
            if start is None:
                start = 0
        stop = args[1]
        if stop is not None:
            try:
                stop = _islice_arg(stop, 'Stop')
            except ValueError:
                raise ValueError(_ISLICE_ARG % 'Stop') from None
        step = 1
        if len(args) == 3 and args[2] is not None:
            if hasattr(type(args[2]), '__index__'):
                step = type(args[2]).__index__(args[2])
            else:
                raise ValueError('Step for islice() must be a positive integer or None.')
            if step <= 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
    elif not args:
        raise TypeError('islice expected at least 2 arguments, got 1')
    else:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    return _islice(iter(iterable), start, stop, step)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    sentinel = object()
    while True:
        values = []
        for i, it in enumerate(iterators):
            value = next(it, sentinel)
            if value is sentinel:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest(p, q, ...): tuples of elements, padded with fillvalue."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


class groupby:
    """groupby(iterable, key=None): (key, group) for runs of equal keys."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._marker = self._tgtkey = self._currkey = self._currvalue = object()
        self._token = None

    def __iter__(self):
        return self

    def _advance(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._token = token = object()
        marker = self._marker
        if self._currkey is marker:
            self._advance()
        elif self._tgtkey is not marker:
            while self._currkey == self._tgtkey:
                self._advance()
        self._tgtkey = key = self._currkey
        return key, self._group(key, token)

    def _group(self, key, token):
        while self._token is token:
            yield self._currvalue
            if self._token is not token:
                return
            try:
                self._advance()
            except StopIteration:
                self._currkey = self._marker
                self._it = iter(())
                return
            if not (self._currkey == key):
                return


class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _Tee:
    """One of the iterators returned by tee(): they share a linked buffer."""

    __slots__ = ('_it', '_link')

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _Tee(self._it, self._link)


def tee(iterable, n=2):
    """tee(it, n=2): n independent iterators over the same iterable."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if isinstance(it, _Tee):
        first = it.__copy__()
    else:
        first = _Tee(it, _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result[:n])


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple([pool[0] for pool in pools])
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[j][indices[j]] for j in range(n)])


def product(*iterables, repeat=1):
    """product(p, q, ..., repeat=1): the cartesian product, as tuples."""
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError('r must be non-negative')


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
        else:
            return


def permutations(iterable, r=None):
    """permutations(p[, r]): r-length orderings of p, without repeated elements."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        _check_r(r)
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations(iterable, r):
    """combinations(p, r): r-length tuples of p in sorted order, no repeats."""
    pool = tuple(iterable)
    _check_r(r)
    return _combinations(pool, r)


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement(p, r): r-length tuples, elements may repeat."""
    pool = tuple(iterable)
    _check_r(r)
    return _combinations_wr(pool, r)
