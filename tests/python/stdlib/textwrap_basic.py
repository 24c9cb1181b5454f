import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump; a well-known pangram, "
        "very-long-hyphenated-compound-words and extraordinarilylongwordsthatneverend.")
for w in (10, 20, 33, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill(text, 30, break_long_words=False))
print(textwrap.fill(text, 30, break_on_hyphens=False))
print(textwrap.wrap("a\tb  c\nd", 5), textwrap.wrap("a\tb  c\nd", 5, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10), textwrap.wrap("  leading", 10, drop_whitespace=False))
print(textwrap.wrap("Hello there.  How are you? Fine.", 15, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.wrap(text, 25, max_lines=2, placeholder='...'))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, 50), textwrap.shorten("Hello world", 11, placeholder='~'))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 10))
print(textwrap.wrap("em--dash and--more words--here", 8))
print(textwrap.wrap("super-cali-fragilistic-expiali-docious", 12))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      
    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("  a\n  b")), repr(textwrap.dedent("a\n  b")))
print(repr(textwrap.dedent("    x\n  y\n")), repr(textwrap.dedent("")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\n", "+", lambda line: True)))
w = textwrap.TextWrapper(width=12, initial_indent='-> ')
print(w.wrap("some words to wrap here"), w.fill("x y z"), w.width)
w.width = 6
print(w.wrap("abc def ghi"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.wrap("x y z", 3, max_lines=1, placeholder=' [....]')
except ValueError as e:
    print('ValueError', e)
