# difflib: ndiff hint lines, unified_diff hunks, ratios and close matches.
import difflib
for a, b in [("hello world\n", "hallo world\n"), ("abc", "xyz"), ("one\ntwo\nthree\n", "one\nTwo\nthree\nfour\n"),
             ("  indented\tline", "  indented line"), ("[1, 2, 3]", "[1, 2, 4]")]:
    print(list(difflib.ndiff(a.splitlines(True), b.splitlines(True))))
a = ["line %d\n" % i for i in range(20)]
b = a[:5] + ["changed\n"] + a[6:15] + a[16:] + ["extra\n"]
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
s = difflib.SequenceMatcher(None, "abxcd" * 50, "abcd" * 60)
print(s.ratio(), s.get_opcodes()[:5], len(s.get_matching_blocks()))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
