import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, groupby, islice, starmap, tee, zip_longest,
                       product, permutations, combinations, combinations_with_replacement,
                       pairwise)
import operator

print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 3)))
c = count(5)
next(c)
print(c, count(1, 2), count(1.5), repeat('a', 2), repeat(None))
print(list(islice(cycle('abc'), 7)), list(cycle([])), list(repeat(7, 3)), list(repeat(1, -2)))
print(list(zip(range(3), repeat('x'))), list(map(pow, range(4), repeat(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)),
      list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)),
      list(accumulate([])), list(accumulate([], initial=0)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 5, 1, 2])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(filterfalse(None, [0, 1, '', 'a', None])))
print([(k, list(g)) for k, g in groupby('aaabccdaa')])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
print([(k, [w for w in g]) for k, g in groupby(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0])])
groups = groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [(k, list(g)) for k, g in groups])
print(list(groupby([])))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)),
      list(islice('abcdefg', 0, None, 2)), list(islice(range(10), 1, 9, 3)), list(islice('ab', 5, 9)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(operator.add, zip('ab', 'cd'))))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), len(tee('xy', 3)), tee('a', 0))
x, y = tee(n * n for n in range(4))
print(list(zip(x, y)))
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print(list(product('ab', [0, 1])), list(product(range(2), repeat=3))[:4], len(list(product('abc', 'de', 'f'))),
      list(product()), list(product('ab', [])))
print(list(permutations('abc')), list(permutations(range(4), 2))[:5], list(permutations('ab', 3)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)), list(combinations('a', 2)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 1)))
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), sum(1 for _ in product(range(5), repeat=4)))
for bad in (lambda: islice('a', -1), lambda: islice('a', 0, 1, 0), lambda: combinations('a', -1),
            lambda: permutations('a', -2), lambda: product('a', repeat=-1), lambda: tee('a', -1),
            lambda: zip_longest(1), lambda: islice([], 'x'), lambda: cycle(5)):
    try:
        bad()
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
