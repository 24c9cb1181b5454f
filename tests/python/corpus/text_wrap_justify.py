# Hand-written word wrapping, justification and centering of a paragraph.

TEXT = ("Threads in Python have long been limited by the global interpreter lock, "
        "which lets only one thread execute bytecode at a time. A runtime without it "
        "must make reference counts, containers and the allocator safe to use from "
        "every core at once.")


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if current else 0)
        if current and length + extra > width:
            lines.append(current)
            current, length = [word], len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(current)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in (30, 45):
    print("+" + "-" * width + "+")
    lines = wrap(TEXT, width)
    for i, words in enumerate(lines):
        text = " ".join(words) if i == len(lines) - 1 else justify(words, width)
        print("|" + text.ljust(width) + "|")
    print("+" + "-" * width + "+")

for line in wrap(TEXT, 40)[:3]:
    print(repr(" ".join(line).center(44)))
    print(repr(" ".join(line).rjust(44, ".")))
print("abc".zfill(6), "-42".zfill(6), "x".center(4, "*"), "title case words".title())
print("  padded\t".strip(), "xxhixx".strip("x"), "hello world".capitalize(), "SwapCase".swapcase())
print("a-b-c".split("-", 1), "a-b-c".rsplit("-", 1), " a  b ".split(), "l1\nl2\r\nl3".splitlines())
print("hello".startswith(("he", "x")), "hello".endswith("lo"), "ab" * 3, "-".join("abc"))
print("tab\tsep".expandtabs(4), "Hello".ljust(8, "_") + "|", "%r" % "q'uote")
