def resource(name):
    print("open", name)
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        print("release", name)
for v in resource("A"):
    print(v)
for v in resource("B"):
    print(v)
    break
print("after break")
g = resource("C")
print(next(g))
del g
print("after del")
def gen_with_exc():
    try:
        yield 1
        raise ValueError("inside gen")
    except ValueError as e:
        yield "handled " + str(e)
print(list(gen_with_exc()))
