import re
print(re.match(r'(\w+) (\w+)', 'hello world foo'))
m = re.search(r'(?P<first>\d+)-(?P<second>\d+)', 'tel: 123-4567 x')
print(m.group(), m.group(1), m.group('second'), m.groups(), m.groupdict(), m.span(), m.start(2), m.end('first'))
print(m[0], m[1], m['first'], m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re)
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2'), re.findall(r'(\w)\d', 'a1b2'))
print([m.span() for m in re.finditer(r'\w+', 'ab cd  ef')])
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@x and bob@y'))
print(re.sub(r'\d', lambda m: str(int(m.group())*2), 'a1b2c3'))
print(re.subn('x*', '-', 'abxd'), re.sub('a', 'b', 'aaa', count=2))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'), re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\s*', 'a b'), re.split('x', 'axbxc', maxsplit=1))
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.fullmatch(r'a|ab', 'ab'))
print(re.escape('a.b*c d_e'), re.compile('a', re.I | re.M), re.compile('(a)(b)').groups, re.compile('(?P<x>a)').groupindex)
print(re.match('a$', 'a\n'), re.match(r'a\Z', 'a\n'), re.findall('(?m)^\w', 'ab\ncd'), re.search('(?i)HELLO', 'say hello'))
print(re.compile(r'\d+').match('ab12', 2), re.compile(r'^\d+').search('ab12', 2), re.compile(r'\d+').search('12345', 1, 3))
print(re.findall('é.', 'aébéc'), re.search('b', 'ééb').span(), re.sub('é', 'E', 'aéé'))
print(re.match(b'(a)b', b'abc'), re.findall(rb'\d', b'a1\xff2'), re.sub(b'a', b'\\x', b'aa') if False else 0)
try:
    re.compile('(a')
except re.error as e:
    print('error', e, e.msg, e.pos)
print(re.sub('(?P<n>a)', r'[\g<n>\g<0>\1]', 'xa'), re.match('(a)(b)?', 'ac').groups('z'))
print(bool(re.match('', '')), re.compile('a{,2}').findall('aaa'), re.findall('a{', 'a{'))
print(re.findall(r'(?<=a)b', 'ab cb ab'), re.findall(r'(a)\1', 'aa ab'), re.findall(r'(?P<q>["\']).*?(?P=q)', '"x" \'y\''))
print(re.compile(r'''
   \d+  # number
   [ ]x # literal space
''', re.X).findall('12 x 3x'))
print(re.findall(r'\bfoo\b', 'foo bar foobar foo'), re.findall(r'[^\W\d]+', 'ab1 cd_2'))
p = re.compile('ab', re.I); print(p.pattern, p.flags, p == re.compile('ab', re.I), hash(p) == hash(re.compile('ab', re.I)))
print(m.expand(r'\2-\1'), m.regs)
print(re.findall(r'\d', '١٢3'), re.findall(r'\d', '١٢3', re.A), re.findall(r'\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo', re.ASCII))
