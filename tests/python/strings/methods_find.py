s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"), s.rfind("o"), s.find(""), s.rfind(""))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"))
print(s.find("o", 5, 10), s.count("o", 0, 8))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("xyz")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("hello"), s.startswith("world", 6), s.endswith("python"), s.endswith(("x", "on")), s.startswith(("a", "h")))
print("world" in s, "World" in s, "" in s)
