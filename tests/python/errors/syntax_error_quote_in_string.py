message = 'it's a trap'
print(message)
