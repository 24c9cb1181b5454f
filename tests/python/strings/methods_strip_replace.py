s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "www.example.com".lstrip("w."), "file.txt.bak".rstrip(".bak"))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "hello".replace("l", ""))
print("banana".replace("an", "AN"), "x".replace("x", "xx"))
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "Hello".removeprefix("zz"))
print("tab\tsep".expandtabs(4), repr("a\tb".expandtabs()))
print("abc".zfill(6), "-42".zfill(6), "+7".zfill(4), "hello".center(11, "*"), "hi".ljust(5, ".") + "|", "hi".rjust(5) + "|")
