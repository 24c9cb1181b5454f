s = "héllo wörld ñ 日本語 🎉"
print(s, len(s))
print(s.upper(), s[1], s[-1], s[12:15])
print([ord(c) for c in "aé日🎉"], chr(233), chr(26085), chr(127881), chr(0x41))
print("日本" + "語", "日" * 3, "語" in s, s.find("日"))
print(repr("é"), repr("\n\t\\"), repr("日本"), ascii("日本 é"), repr("\x00\x7f"), repr("'"), repr('"'), repr("'\""))
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", "\U0001F600" == "😀")
print(s.encode("utf-8"))
print(b"\xc3\xa9".decode("utf-8"), "é".encode(), len("é".encode()), len("🎉".encode("utf-8")))
print(sorted(["b", "a", "é", "Z", "日"]), max("abc日"))
print("Straße".lower(), "ǅ".lower(), "ǆ".title(), "ﬁ".upper())
print(list(reversed("añb")), "añb"[::-1])
print("é".isalpha(), "日".isalpha(), "🎉".isalpha(), "٣".isdigit())
print(str(b"bytes"), "caf\u00e9".encode("ascii", "replace"), "café".encode("ascii", "ignore"))
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
