def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op, args[0] if args else None))
    return [(op, labels.get(a, int(a) if a and a.lstrip("-").isdigit() else a)) for op, a in code]
def run(code, trace=False):
    stack, pc, out, steps = [], 0, [], 0
    env = {}
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "push": stack.append(arg)
        elif op == "load": stack.append(env[arg])
        elif op == "store": env[arg] = stack.pop()
        elif op == "add": b = stack.pop(); stack.append(stack.pop() + b)
        elif op == "sub": b = stack.pop(); stack.append(stack.pop() - b)
        elif op == "mul": b = stack.pop(); stack.append(stack.pop() * b)
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "jmp": pc = arg
        elif op == "print": out.append(stack.pop())
        elif op == "halt": break
        else:
            raise RuntimeError(f"bad op {op}")
    return out, steps
FACT = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
code = assemble(FACT)
print(code[:6])
print(run(code))
COUNT = """
    push 5
    store i
top:
    load i
    print
    load i
    push -1
    add
    store i
    load i
    jz end
    jmp top
end:
"""
print(run(assemble(COUNT)))
try:
    run([("bogus", None)])
except RuntimeError as e:
    print("RuntimeError:", e)
