import collections
import collections.abc
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Iterable,
                             Iterator, Callable, Hashable, Sized, Container, Set,
                             MutableSet, Generator, Collection, Reversible)
from collections import UserDict, UserList, UserString, deque, OrderedDict, Counter


def gen():
    yield 1


samples = [{}, [], (), 'abc', b'xy', set(), frozenset(), range(3), iter([]), gen(),
           len, lambda: 0, 1, 2.5, None, deque(), OrderedDict(), Counter()]
abcs = [Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Iterator,
        Callable, Hashable, Sized, Container, Set, MutableSet, Generator, Collection,
        Reversible]
for s in samples:
    print(type(s).__name__, ''.join('1' if isinstance(s, a) else '.' for a in abcs))
print(issubclass(dict, Mapping), issubclass(list, Mapping), issubclass(str, Sequence))
print(collections.abc.Mapping, collections.abc is collections.abc)


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


sq = Squares(5)
print(list(sq), 9 in sq, sq.index(16), sq.count(4), list(reversed(sq)), isinstance(sq, Iterable))


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r.update({'a': 1}, b=2)
r.setdefault('c', 3)
print(sorted(r.items()), r.get('z', 0), r.pop('a'), len(r), 'b' in r, dict(r), r == {'b': 2, 'c': 3})
print(sorted(r.keys()), sorted(r.values()))
try:
    Registry.__abstractmethods__
    Mapping()
except TypeError as e:
    print('TypeError', e)


class Bad(Sequence):
    pass


try:
    Bad()
except TypeError as e:
    print('TypeError', e)


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict({'A': 1}, B=2)
ld['C'] = 3
print(ld, len(ld), 'a' in ld, ld['b'], ld.get('z'), isinstance(ld, MutableMapping), ld.data)


class Stack(UserList):
    def push(self, x):
        self.append(x)


st = Stack([1, 2])
st.push(3)
st.extend([4])
print(st, st[1:], st + [5], len(st), st.pop(), st, isinstance(st, MutableSequence), st == [1, 2, 3])
st.sort(reverse=True)
print(st, st.index(2), 2 in st)

us = UserString('Hello')
print(us.upper(), us + ' world', len(us), us[1:3], us == 'Hello', 'ell' in us, us.split('l'))
print(repr(us), str(us), us * 2, us.replace('l', 'L'), us.startswith('He'))
