import sys


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))


class Squares:
    def __init__(self, limit):
        self.i = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i ** 2


print(list(Countdown(5)), list(reversed(Countdown(3))), sum(Countdown(4)))
sq = Squares(5)
print(next(sq), next(sq), list(sq), list(sq), next(sq, "done"))
print(3 in Countdown(5), 9 in Squares(4), max(Squares(3)), sorted(Squares(4), reverse=True))


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in expr:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st


for e in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(e), balanced(e))
s = Stack().push(1).push(2)
print(s, len(s), s.peek(), s.pop(), s.pop(), s.peek())
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)


def rpn(tokens):
    st = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for t in tokens.split():
        if t in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[t](a, b))
        else:
            st.append(float(t) if "." in t else int(t))
    return st[0]


print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2.5 2 /"))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
it2 = iter(lambda: sq_list.pop(), 0)
sq_list = [0, 3, 2, 1]
print(list(it2))
e = enumerate(["a", "b"])
print(next(e), list(e))
z = zip(range(3), "abc", [True, False, None])
print(list(z))
try:
    print(list(zip([1, 2], [3], strict=True)))
except ValueError as err:
    print("ValueError:", err)
m = map(str.upper, ["x", "y"])
print(type(m).__name__, list(m), list(m))
r = range(10, 0, -3)
print(r, list(r), len(r), r[1], r[-1], 4 in r, r.index(7), range(5)[1:3], r.start, r.stop, r.step)
print(list(range(0)), range(3) == range(0, 3), bool(range(0)), list(range(-3, 3, 2)))
sys.stdout.write("written directly\n")
print("a", "b", "c", sep="")
print("no newline", end=" ")
print("continued", 1, 2.0, None, [1], sep=" | ")
print(*[1, 2, 3], sep=", ", end=".\n")
print(file=sys.stdout)
print("done", flush=True)
