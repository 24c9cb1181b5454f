import collections
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
counts = collections.Counter(words)
print(counts.most_common(5))
print(len(words), len(set(words)))
by_len = collections.defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(f"{n:2d}: {', '.join(by_len[n])}")

lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:>3} {line[:30]!r:<35} {len(line)}")

# character classes
vowels = sum(1 for c in TEXT.lower() if c in "aeiou")
upper = [c for c in TEXT if c.isupper()]
print("vowels", vowels, "upper", "".join(upper))
print(TEXT.count("it was"), TEXT.find("age"), TEXT.rfind("age"), TEXT.index("epoch"))
table = str.maketrans("aeiou", "AEIOU", ",.")
print(lines[0].translate(table))
print(" ".join(reversed(lines[-1].split())))
print("|".join(w.capitalize() for w in words[:6]))
print(lines[1].title(), lines[1].swapcase())
print("best".center(20, "*"), "x".ljust(5, "-") + "|", "y".rjust(5) + "|", "42".zfill(6))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
first_letters = collections.OrderedDict()
for w in words:
    first_letters.setdefault(w[0], 0)
    first_letters[w[0]] += 1
print(list(first_letters.items()))
print(max(words, key=len), min(words, key=lambda w: (len(w), w)))
print(repr(TEXT[:20]), ascii("naïve café"), "tab\there".expandtabs(4))
print("a,b,,c".split(","), "a b  c ".split(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("Hello World".startswith(("He", "x")), "file.py".endswith(".py"), "  pad ".strip() + "|")
print("%s has %d words and %.1f%% vowels" % ("text", len(words), 100 * vowels / len(TEXT)))
print("{0}-{1}-{0}".format("a", "b"), "{name:>6}".format(name="bob"), "{:#x} {:#o} {:#b}".format(255, 8, 5))
