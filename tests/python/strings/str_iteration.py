text = "The quick brown fox jumps over the lazy dog"
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels)
freq = {}
for c in text.lower():
    if c.isalpha():
        freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(len(set(c for c in text.lower() if c.isalpha())) == 26)
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternating")))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
print(" ".join(w[::-1] for w in text.split()))
print(text.split()[::-1])
