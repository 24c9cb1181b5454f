# Word frequency counting by hand with dicts, sorting by count then word.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch.isspace() else " ")
    return "".join(cleaned).split()


counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f"{word:<12}{n:>3} {'*' * n}")

print(len(counts), sum(counts.values()))
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))

letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=letters.get, reverse=True)[:5]
print(top, [letters[c] for c in top])
print(max(counts, key=lambda w: (len(w), w)))
unique = {w for w in words(TEXT) if counts[w] == 1}
print(sorted(unique))
first_seen = list(dict.fromkeys(words(TEXT)))
print(first_seen[:6])
sentence_lengths = [len(s.split()) for s in TEXT.replace("\n", " ").split(",")]
print(sentence_lengths)
print(TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("age"), TEXT.rfind("of"))
