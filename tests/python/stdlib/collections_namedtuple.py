from collections import namedtuple, OrderedDict, ChainMap

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, type(p), Point.__name__, Point._fields, isinstance(p, tuple))
print(p._asdict(), p._replace(x=10), Point._make([3, 4]), Point(y=5, x=6))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({p: 'a'}[Point(1, 2)], p + (3,), p * 2, max(p))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 1])
print(Q(5), Q(5, 6, 7), Q._field_defaults, Q.__doc__)
R = namedtuple('R', 'a, b, _c, def', rename=True)
print(R._fields)
S = namedtuple('S', 'only')
print(S(1), S._fields)
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: namedtuple('T', 'a a'), lambda: namedtuple('T', 'a _b'),
            lambda: namedtuple('T', 'a def'), lambda: namedtuple('1T', 'a'),
            lambda: Point._make([1]), lambda: p._replace(z=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vec(1, 2) + Vec(3, -7)
print(v, v.norm1)
match p:
    case Point(x=1, y=yy):
        print('matched', yy)

o = OrderedDict()
o['x'] = 1
o['y'] = 2
o['z'] = 3
o.move_to_end('x')
print(o)
o.move_to_end('z', last=False)
print(o, list(o), list(o.keys()), list(o.values()))
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(), OrderedDict.fromkeys('abc', 0), OrderedDict([('k', [1])]))
lru = OrderedDict()
for k in [1, 2, 3, 1, 4, 5, 2]:
    if k in lru:
        lru.move_to_end(k)
    lru[k] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    o.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
print(isinstance(o, dict), o | {'n': 1}, list(reversed(OrderedDict(a=1, b=2))))

base = {'color': 'red', 'size': 1}
over = {'color': 'blue'}
cm = ChainMap(over, base)
print(cm['color'], cm['size'], len(cm), sorted(cm), cm.get('nope', 0), 'size' in cm)
cm['new'] = 1
print(over, cm)
child = cm.new_child({'size': 9})
print(child['size'], child.parents['size'], child.maps[0])
del cm['new']
try:
    del cm['size']
except KeyError as e:
    print('KeyError', e)
print(dict(cm), ChainMap(), ChainMap({'a': 1}) | {'b': 2})
