def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            print("got", x)
    except GeneratorExit:
        print("closing with", received)
        raise
g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
g.close()
print("closed")
def running_avg():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
for v in (10, 20, 30, 40):
    print(ra.send(v))
def catcher():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
g2 = echo()
try:
    g2.send(1)
except TypeError as e:
    print("TypeError:", e)
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
f = fin()
print(next(f))
f.close()
print(list(fin()))
