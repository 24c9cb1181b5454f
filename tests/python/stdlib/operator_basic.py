import operator
from operator import itemgetter, attrgetter, methodcaller
import keyword
import reprlib

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 2), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(4),
      operator.pos(-4), operator.abs(-4), operator.matmul.__name__)
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2),
      operator.gt(1, 2), operator.ge(3, 2), operator.not_([]), operator.truth([0]),
      operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.inv(0),
      operator.lshift(1, 4), operator.rshift(32, 2), operator.index(7), operator.concat([1], [2]))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
d = {'a': 1}
operator.setitem(d, 'b', 2)
print(operator.getitem(d, 'b'), d)
operator.delitem(d, 'a')
print(d, operator.getitem([1, 2, 3], slice(1, None)))
lst = [1]
print(operator.iadd(lst, [2]) is lst, lst, operator.iadd(1, 2), operator.imul('a', 3),
      operator.isub(5, 2), operator.ior({1}, {2}), operator.iconcat([0], (1,)))
print(operator.length_hint([1, 2, 3]), operator.length_hint(object(), 7), operator.call(max, 1, 5))

rows = [('bob', 30, 'x'), ('alice', 25, 'y'), ('carol', 30, 'a')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 9}), itemgetter(slice(1, 3))('abcd'))
print(itemgetter(1), itemgetter(1, 'a'), attrgetter('x'), attrgetter('a.b', 'c'))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct


n = Node('root', Node('leaf'))
print(attrgetter('name')(n), attrgetter('child.name')(n), attrgetter('name', 'child.name')(n))
print(methodcaller('greet', 'hi')(n), methodcaller('greet', 'yo', punct='?')(n), methodcaller('upper')('abc'))
print(methodcaller('greet', 'hi', punct='.'), list(map(methodcaller('strip'), [' a ', 'b '])))
for bad in (lambda: operator.index(1.5), lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 5),
            lambda: attrgetter(1), lambda: attrgetter('missing')(n), lambda: itemgetter(5)([1])):
    try:
        bad()
    except (TypeError, ValueError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)

print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'),
      len(keyword.kwlist), keyword.kwlist[:3], keyword.softkwlist)
print(reprlib.repr(list(range(100))), reprlib.repr('a' * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple(range(10))), reprlib.repr(10 ** 50), reprlib.repr((1,)))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(frozenset()), reprlib.repr(set()))


class Tree:
    def __init__(self):
        self.kids = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Tree(%r)' % (self.kids,)


t = Tree()
t.kids.append(t)
print(t, Tree.__repr__.__name__)
r = reprlib.Repr()
r.maxlist = 2
print(r.repr([1, 2, 3]))
