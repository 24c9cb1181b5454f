def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
def curry(f):
    def c(a):
        def d(b):
            return f(a, b)
        return d
    return c
print(curry(pow)(2)(16))
def reduce(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(lambda a, b: b + a, "abcdef", ""))
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(list(map(str.upper, ["a", "b"])), list(map(len, ["aa", "b", ""])))
print(max(["aa", "b", "cccc"], key=len), min([3, -7, 5], key=abs))
funcs = {name: f for name, f in [("abs", abs), ("neg", lambda x: -x)]}
print({k: f(-3) for k, f in funcs.items()})
