print("fine")
message = "unterminated
print(message)
