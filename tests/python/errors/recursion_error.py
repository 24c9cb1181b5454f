def descend(n):
    return descend(n + 1) + 1
print("going deep")
descend(0)
