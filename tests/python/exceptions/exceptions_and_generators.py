def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit")
        raise
    finally:
        print("gen cleanup")
g = gen()
next(g)
g.close()
def raising_gen():
    yield 1
    raise ValueError("from generator")
try:
    for x in raising_gen():
        print("got", x)
except ValueError as e:
    print("ValueError:", e)
def handler():
    while True:
        try:
            x = yield
            print("processing", x)
        except KeyError as e:
            print("handled KeyError", e)
h = handler()
next(h)
h.send(1)
h.throw(KeyError("missing"))
h.send(2)
try:
    h.throw(ValueError("fatal"))
except ValueError as e:
    print("escaped:", e)
try:
    h.send(3)
except StopIteration:
    print("generator finished")
