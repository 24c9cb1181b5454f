class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
class Plain:
    pass
for obj in (Empty(), Falsy(), Plain(), [], [0], "", " ", 0, 0.0, 1, None, {}, {0: 0}, set(), frozenset([1])):
    print(type(obj).__name__, bool(obj), "yes" if obj else "no")
x = Falsy() or "fallback"
print(x)
y = Plain() and "second"
print(y)
print(not Empty(), not Plain())
while Empty():
    print("never")
print([bool(v) for v in (b"", b"0", bytearray(), range(0, 1))])
