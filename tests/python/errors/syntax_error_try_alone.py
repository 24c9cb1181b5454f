def check(n):
    try:
        return 10 / n


print(check(2))
