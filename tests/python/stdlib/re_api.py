# Pattern and Match objects, module functions, bytes patterns.
import re

p = re.compile(r'(?P<key>\w+)=(?P<val>[^;]*)')
s = 'a=1;bb=22;ccc='
for m in p.finditer(s):
    print(m.span(), m.span('val'), m.group('key', 'val'), m.groupdict(), m.lastgroup, m.lastindex)
print(p.findall(s), p.findall(s, 2), p.findall(s, 0, 6))
print(p.match(s, 4), p.search(s, 4, 8), p.fullmatch('x=y'), p.fullmatch('x=y;'))
print(p.sub(r'\g<val>:\g<key>', s), p.subn(r'<\g<0>>', s, 2))
print(p.split(s), p.split(s, 1))
print(p.groups, sorted(p.groupindex.items()), p.pattern, p.flags)
print(repr(p), repr(re.compile('x', re.I | re.S | re.X)), repr(re.compile(b'x')), repr(re.compile('x', re.A)))

m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups(0), m.group(0, 1, 2), m.start(2), m.end(2), m.span(3), m.lastindex)
print(m.regs, m.re.pattern, m.string, m.pos, m.endpos)
print(m.expand(r'[\1|\2|\3]'), m.expand(r'\g<1>\n\t\\'))
m = re.match(r'((a)b)', 'ab'); print(m.lastindex)
m = re.match(r'(a)(b)', 'ab'); print(m.lastindex)
m = re.match(r'(?P<o>(?P<i>a))', 'a'); print(m.lastindex, m.lastgroup)
for bad in [5, 'zz', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)

# Callables, counts, empty matches.
print(re.sub(r'\d+', lambda m: '<%s>' % m.group(), 'a12b345c'))
print(re.sub(r'x', '-', 'xxx', 1), re.sub('x', '-', 'xxx', count=0), re.subn('y', '-', 'xxx'))
print(re.sub('', '-', 'abc'), re.split('', 'abc'), re.findall('', 'ab'))
print(re.sub(r'(?=b)', '^', 'abab'), re.sub(r'\b', '|', 'hi there'))
print(re.sub('a', r'\\n', 'a'), re.sub('a', '\\n', 'a') == '\n', re.sub('a', r'\-', 'a'))
print(re.split(r'[,;]', 'a,b;c', maxsplit=5), re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'x', 'axbxc', -1), re.sub('a', 'b', 'aaa', -1))
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('error', e)
try:
    re.sub('(a)', r'\g<nope>', 'a')
except IndexError as e:
    print('IndexError', e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError')

# Type errors.
for args in [('a', 1), (b'a', 'a'), ('a', b'a')]:
    try:
        re.match(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(re.compile(re.compile('a')).pattern, re.match(re.compile('a'), 'a'))

# Bytes.
pb = re.compile(rb'(\w+)\s(\d+)')
mb = pb.search(b'-- abc 123 --')
print(mb, mb.groups(), mb.span(1), pb.sub(rb'\2 \1', b'x 1 y 2'), pb.findall(b'a 1 \xe9 2 b 3'))
print(re.split(rb'\xff', b'a\xffb'), re.escape(b'a.b'), re.match(rb'\xe9', b'\xe9').span())
print(re.sub(b'a', lambda m: b'[' + m.group() + b']', b'bab'))

# Non-ASCII positions.
m = re.search(r'(ö+)(\w)', 'äää öö x')
print(m.span(), m.span(1), m.span(2), m.group(2), m.start(), re.compile('ö').search('ööö', 1, 2))
print([m.span() for m in re.finditer('é|ü', 'aéb ü é')], re.split('ü', 'aüb'))

# Misc module API.
print(re.escape('a-b.c^$*+?{}[]\\|()/ é\t'), [int(f) for f in (re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.NOFLAG, re.I | re.M)])
re.purge()
print(isinstance(re.compile('a'), re.Pattern), isinstance(re.match('a', 'a'), re.Match))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('(?i)a').flags)
print(bool(re.match('a', 'a')), re.search('b', 'aaa'), issubclass(re.error, Exception))
try:
    re.compile('a(')
except re.error as e:
    print(e.msg, e.pos, e.pattern, str(e))
