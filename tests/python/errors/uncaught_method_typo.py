words = ["alpha", "beta"]
words.append("gamma")
print(words)
words.apend("delta")
