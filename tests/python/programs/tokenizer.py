KEYWORDS = {"let", "if", "else", "while", "print"}
OPS = ["==", "!=", "<=", ">=", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ";"]
class Token:
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.line}:{self.col}"
class LexError(Exception):
    pass
def tokenize(src):
    i, line, col = 0, 1, 1
    while i < len(src):
        c = src[i]
        if c == "\n":
            i, line, col = i + 1, line + 1, 1
            continue
        if c.isspace():
            i, col = i + 1, col + 1
            continue
        if c == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start = i
        if c.isdigit():
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            yield Token("NUM", src[start:i], line, col)
        elif c.isalpha() or c == "_":
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            yield Token("KW" if word in KEYWORDS else "ID", word, line, col)
        elif c == '"':
            i += 1
            while i < len(src) and src[i] != '"':
                i += 1
            if i >= len(src):
                raise LexError(f"unterminated string at {line}:{col}")
            i += 1
            yield Token("STR", src[start + 1:i - 1], line, col)
        else:
            for op in OPS:
                if src.startswith(op, i):
                    i += len(op)
                    yield Token("OP", op, line, col)
                    break
            else:
                raise LexError(f"unexpected {c!r} at {line}:{col}")
        col += i - start
src = '''let x = 10;  # a comment
let name = "weft";
while (x >= 3.5) { x = x - 1; }
if (x != 2) print(name) else print("no");
'''
toks = list(tokenize(src))
for t in toks[:12]:
    print(t)
print(len(toks), sorted({t.kind for t in toks}))
kinds = {}
for t in toks:
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(kinds)
for bad in ['let s = "open', "let y = 3 @ 4;"]:
    try:
        list(tokenize(bad))
    except LexError as e:
        print("LexError:", e)
