words = ["hello world", "HELLO", "hELLo wOrLd", "o'neil's book", "123abc", "ß straße", "élan ÉCOLE"]
for w in words:
    print(w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
print("Hello World".istitle(), "hello".islower(), "HELLO".isupper(), "Hello".isupper(), "123".islower())
