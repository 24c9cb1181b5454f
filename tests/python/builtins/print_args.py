import sys
print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="", end="!\n")
print()
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=", ")
print("multi\nline")
print(sep="ignored")
print("end none", end=None)
print("sep none", "x", sep=None)
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc") if False else "skip")
class S:
    def __str__(self):
        return "custom str"
print(S(), [S()] != [], sep="/")
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
