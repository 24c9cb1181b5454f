# Roman numerals both ways, plus a tokenizer and recursive-descent calculator.

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))


def tokenize(expr):
    tokens = []
    i = 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == "."):
                j += 1
            text = expr[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch in "+-*/()^%":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        kind, val = self.take()
        if kind == "num":
            return val
        if val == "(":
            v = self.expr()
            if self.take()[1] != ")":
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected token {val!r}")


def calc(text):
    try:
        p = Parser(tokenize(text))
        v = p.expr()
        if p.pos != len(p.tokens):
            raise SyntaxError("trailing input")
        return v
    except (SyntaxError, ZeroDivisionError) as e:
        return f"{type(e).__name__}: {e}"


for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 % 3 * 2.5", "((2))",
          "1 / 0", "3 +", "2 $ 3", "1 2", "2 ^ 100"]:
    print(f"{e!r:>14} = {calc(e)}")
print(tokenize("12*(3.5-1)"))
