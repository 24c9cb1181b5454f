import math
class CalcError(Exception):
    pass
OPS = {
    "+": (2, lambda a, b: a + b),
    "-": (2, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, lambda a, b: a / b),
    "^": (2, lambda a, b: a ** b),
    "neg": (1, lambda a: -a),
    "sqrt": (1, math.sqrt),
}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            arity, fn = OPS[tok]
            if len(stack) < arity:
                raise CalcError(f"stack underflow at {tok!r}")
            args = stack[-arity:]
            del stack[-arity:]
            try:
                stack.append(fn(*args))
            except ZeroDivisionError:
                raise CalcError("division by zero") from None
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                try:
                    stack.append(float(tok))
                except ValueError:
                    raise CalcError(f"bad token {tok!r}") from None
    if len(stack) != 1:
        raise CalcError(f"expected one result, stack is {stack}")
    return stack[0]
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
def to_rpn(infix):
    out, ops = [], []
    for tok in infix.replace("(", " ( ").replace(")", " ) ").split():
        if tok in PREC:
            while ops and ops[-1] in PREC and (PREC[ops[-1]] > PREC[tok] or (PREC[ops[-1]] == PREC[tok] and tok != "^")):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(tok)
    while ops:
        out.append(ops.pop())
    return " ".join(out)
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 ^", "2 sqrt", "1 2 /", "7 neg 2 *", "1 0 /", "1 +", "1 2", "2 x +"]:
    try:
        print(f"{e!r:24} => {rpn(e)!r}")
    except CalcError as err:
        print(f"{e!r:24} => error: {err}")
for infix in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "(1 + 2) * (3 + 4)", "10 - 4 - 3", "2 ^ 3 ^ 2"]:
    r = to_rpn(infix)
    print(infix, "->", r, "=", rpn(r))
