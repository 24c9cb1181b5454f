import itertools


def read_records():
    data = """id,name,dept,salary
1,Ann,eng,120000
2,Bob,ops,85000
3,Cid,eng,99000
4,Dee,sales,70000
5,Eve,eng,135000
6,Fay,ops,91000"""
    for line in data.splitlines():
        yield line


def parse(lines):
    header = next(lines).split(",")
    for line in lines:
        row = dict(zip(header, line.split(",")))
        row["id"] = int(row["id"])
        row["salary"] = int(row["salary"])
        yield row


def where(rows, pred):
    return (r for r in rows if pred(r))


def take(n, it):
    return list(itertools.islice(it, n))


rows = list(parse(iter(read_records())))
print(rows[0])
eng = where(rows, lambda r: r["dept"] == "eng")
print([r["name"] for r in eng])
by_dept = itertools.groupby(sorted(rows, key=lambda r: r["dept"]), key=lambda r: r["dept"])
for dept, grp in by_dept:
    grp = list(grp)
    print(f"{dept:6} n={len(grp)} avg={sum(r['salary'] for r in grp) / len(grp):,.1f}")

print(take(5, itertools.count(10, 3)))
print(take(7, itertools.cycle("ab")))
print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.chain([1, 2], (3,), "xy")))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 3)))
print(list(itertools.combinations_with_replacement([1, 2], 2)))
print(list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.repeat("z", 3)), list(itertools.filterfalse(None, [0, 1, "", "a"])))
a, b = itertools.tee(range(4))
print(list(a), list(b))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(take(15, fib()))
print(sum(x for x in itertools.takewhile(lambda v: v < 4_000_000, fib()) if x % 2 == 0))


def coroutine_avg():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total
        total += value
        count += 1
        avg = total / count


c = coroutine_avg()
next(c)
for v in [10, 20, 30, 45]:
    print("avg", c.send(v))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)


def delegator():
    result = yield from coroutine_avg()
    yield f"inner returned {result}"


d = delegator()
next(d)
d.send(4)
print(d.send(None))
gen = (i * i for i in range(5))
print(next(gen), next(gen), list(gen), list(gen))
print(list(zip(*[iter(range(9))] * 3)))
print(list(map(lambda p: p[0] * p[1], enumerate("abc", start=1))))
print(list(filter(str.isdigit, "a1b2c3")), list(reversed(range(0, 10, 3))))
