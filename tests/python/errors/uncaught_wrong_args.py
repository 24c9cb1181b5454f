def greet(name, greeting="hello"):
    return f"{greeting}, {name}"


print(greet("ann"))
print(greet("bob", "hi", "extra"))
