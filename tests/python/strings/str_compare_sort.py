words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print("a" < "B", "a" < "b", "abc" < "abcd", "" < "a", "Z" < "a")
print(min(words[:-1]), max(words))
print("apple" == "Apple".lower(), "apple" != "Apple")
