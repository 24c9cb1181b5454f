print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("def sq(n):\n    return n * n\nresult = sq(7)", ns)
print(ns["result"], ns["sq"](3))
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError caught", type(e).__name__)
y = 5
exec("y = 10")
print(y)
