s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("one two three".split(maxsplit=1), "x".split(","), "".split(), "".split(","))
print("line1\nline2\r\nline3\n".splitlines(), "a\nb\n".splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "/".join(str(i) for i in range(4)))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("a b\tc\nd".split(), "  a  ".split(" "))
