s = "Python"
print(s[0], s[-1], s[1:4], s[:2] + s[2:], s[::-1], s[::2], s[10:], s[-100:2])
print(s * 3, 3 * "ab", "ab" + "cd", s * 0, s * -1)
print("th" in "python", "on" not in s, s < "Pz", s > "Java", "a" < "b" < "c", "abc" == "ab" + "c")
print(len(s), min(s), max(s), sorted(s), list(s), tuple("ab"))
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
print(str(), str(12), str(1.5), str([1, "a"]), str((1,)), str({"a": 1}), str(None))
print("abc".__len__(), "x".__add__("y"), "abc"[True])
for i, ch in enumerate("hey"):
    print(i, ch, end="; ")
print()
print(hash("abc") == hash("ab" + "c"), "a" is not None)
