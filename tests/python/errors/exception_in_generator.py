def numbers():
    yield 1
    yield 2
    raise ValueError("generator broke")
for n in numbers():
    print(n)
