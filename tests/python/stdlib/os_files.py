import os
import os.path

print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.pathsep)
print(os.path.join("a", "b", "c.txt"), os.path.join("/a", "/b", "c"), os.path.join("a/", "b"), os.path.join("a", ""))
print(os.path.split("/usr/lib/x.py"), os.path.split("file"), os.path.split("/"), os.path.split("a/b/"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a/b.c/d"), os.path.splitext("x."))
print(os.path.basename("/a/b/c"), os.path.dirname("/a/b/c"), os.path.basename("a/"), os.path.dirname("x"))
print(os.path.normpath("/a//b/./c/../d/"), os.path.normpath(""), os.path.normpath("../x/.."), os.path.normpath("//a"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.abspath("/a/../b"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.path.expanduser("~") == os.environ.get("HOME"), os.path.expanduser("nochange"))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(isinstance(os.getpid(), int), os.cpu_count() >= 1, os.getenv("WEFT_SURELY_UNSET"))
os.environ["WEFT_TEST_VAR"] = "value"
print(os.environ["WEFT_TEST_VAR"], os.getenv("WEFT_TEST_VAR"), "WEFT_TEST_VAR" in os.environ)
del os.environ["WEFT_TEST_VAR"]
print(os.environ.get("WEFT_TEST_VAR", "gone"))
print(len(os.urandom(8)), type(os.urandom(2)).__name__)

base = "_os_files_tmp"
if os.path.exists(base):
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
path = os.path.join(base, "notes.txt")
with open(path, "w") as f:
    n = f.write("first line\nsecond línea\n")
    f.write("third")
print(n, f.closed)
with open(path) as f:
    print(f.read())
with open(path, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, "a") as f:
    print("appended", file=f)
f = open(path, "r")
print(repr(f.readline()), f.readlines())
f.close()
with open(path) as f:
    print(repr(f.read(5)), repr(f.readline()), repr(f.readline(3)))
with open(os.path.join(base, "data.bin"), "wb") as f:
    f.write(bytes(range(5)) + b"\n" + b"end")
with open(os.path.join(base, "data.bin"), "rb") as f:
    print(f.read())
with open(os.path.join(base, "data.bin"), "rb") as f:
    print(list(f))
print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, "data.bin")))
try:
    open(os.path.join(base, "missing.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    with open(path) as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__, e)
try:
    open(path, "q")
except ValueError as e:
    print(e)
os.rename(path, os.path.join(base, "renamed.txt"))
print(sorted(os.listdir(base)))
for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
print(os.path.isdir(os.path.join(base, "a", "b")))
os.removedirs(os.path.join(base, "a", "b"))
print(os.path.exists(base))
