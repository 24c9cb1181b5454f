from collections import Counter, defaultdict

text = "the quick brown fox jumps over the lazy dog the fox"
c = Counter(text.split())
print(c)
print(c.most_common(2), c.most_common(0), c.most_common()[-1])
print(c['the'], c['missing'], 'missing' in c, c.total(), len(c))
letters = Counter('abracadabra')
print(letters, letters.most_common(3))
letters.update('aaz')
letters.update({'q': 2})
letters.subtract({'b': 5})
letters.subtract('r')
print(letters)
print(sorted(letters.elements()))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b, a - b, a & b, a | b)
print(+Counter(a=-1, b=2, c=0), -Counter(a=-1, b=2))
x = Counter(a=3, b=1)
x += Counter(a=-5, c=2)
print(x)
x -= Counter(c=1)
print(x)
x |= Counter(b=4)
x &= Counter(b=2, c=3)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) > Counter(a=1))
print(Counter(), Counter({'x': 2, 'y': 5}), Counter(x=1, y=1, z=2))
del c['the']
del c['never']
print(c.most_common(1), isinstance(c, dict))
print(Counter([1, 1, 2]).copy(), dict(Counter('aab')))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)

dd = defaultdict(list)
for word in text.split():
    dd[len(word)].append(word)
print(dd)
print(dd[99], 99 in dd, sorted(dd))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(dict(nested['a']), len(nested))
plain = defaultdict()
try:
    plain['k']
except KeyError as e:
    print('KeyError', e)
print(plain, defaultdict(None, {'a': 1}))
cp = counts.copy()
cp['z'] += 1
print(type(cp).__name__, cp['z'], counts.get('z'), cp == counts)
print(defaultdict(set, a={1}) | {'b': {2}})
try:
    defaultdict(3)
except TypeError as e:
    print(e)
print(isinstance(counts, dict), counts.setdefault('m', 10), counts.pop('m'))
