def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    yield from range(4, 6)
    yield from "ab"
print(list(outer()))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, 3, [4, [5]], 6], [[7]]])))
def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield f"node{depth}"
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(list(tree(2)))
def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def delegator(results):
    while True:
        r = yield from accumulate()
        results.append(r)
results = []
d = delegator(results)
next(d)
for v in [1, 2, 3, None, 10, 20, None]:
    d.send(v)
print(results)
