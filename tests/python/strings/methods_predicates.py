samples = ["123", "12.3", "abc", "abc123", "ABC", " ", "", "\t\n", "½", "²", "ñ", "Hello World", "hello_1", "٣"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii())
print("for".isidentifier(), "_x".isidentifier(), "1x".isidentifier())
