import os
path = "_corpus2_fio_test.tmp"
with open(path, "w") as f:
    n = f.write("line one\nline two\n")
    f.writelines(["three\n", "four"])
    print(n, f.closed, f.name, f.mode)
print(f.closed)
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path, "r", encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
with open(path, "a") as f:
    print("appended", file=f)
print(open(path).read().splitlines()[-2:])
with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:8])
with open(path, "r") as f:
    f.seek(5)
    print(repr(f.read(3)), f.tell())
try:
    open("definitely/missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename)
try:
    with open(path) as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__, e)
os.remove(path)
print(os.path.exists(path), os.path.basename(path), os.path.splitext(path), os.path.join("a", "b"))
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
