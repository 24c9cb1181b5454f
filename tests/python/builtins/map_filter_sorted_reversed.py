print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a + b, "ab", "cd")), list(map(int, "123")))
print(list(filter(str.isupper, "aBcDe")), list(filter(None, [0, 1, 2, None, ""])))
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), "".join(reversed("xyz")))
class R:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(R())))
class Rev:
    def __reversed__(self):
        return iter([9, 8, 7])
print(list(reversed(Rev())))
try:
    reversed({1: 2}.items())
    print("dict items reversible")
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
