# tempfile and shutil: temporary files and directories, copies, moves and tree removal.
# Paths are printed relative to the temporary directory so output is deterministic.
import os
import shutil
import tempfile

tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempprefix(), tempfile.gettempdir() is tempfile.tempdir)

d = tempfile.mkdtemp(prefix="pre_", suffix="_suf")
name = os.path.basename(d)
print(os.path.isdir(d), os.path.dirname(d) == tmp, name.startswith("pre_"), name.endswith("_suf"), len(name))
os.rmdir(d)

with tempfile.TemporaryDirectory() as td:
    print(os.path.isdir(td), os.path.basename(td).startswith("tmp"))
    with tempfile.NamedTemporaryFile(dir=td, suffix=".bin") as f:
        f.write(b"binary data")
        f.seek(0)
        print(f.read(), os.path.exists(f.name), f.name.endswith(".bin"), os.path.dirname(f.name) == td)
        fname = f.name
    print(os.path.exists(fname))
    with tempfile.NamedTemporaryFile("w+", dir=td, delete=False, prefix="keep") as f:
        f.write("text\n")
        kept = f.name
    print(os.path.exists(kept), os.path.basename(kept).startswith("keep"), open(kept).read())
    with tempfile.TemporaryFile(mode="w+", dir=td) as f:
        f.write("abc")
        f.seek(0)
        print(f.read())
    with tempfile.SpooledTemporaryFile(max_size=10) as f:
        f.write(b"0123")
        f.seek(0)
        print(f.read())

    # shutil: copies.
    src = os.path.join(td, "src.txt")
    with open(src, "w") as fh:
        fh.write("payload\n")
    dst = shutil.copyfile(src, os.path.join(td, "dst.txt"))
    print(os.path.basename(dst), open(dst).read())
    sub = os.path.join(td, "sub")
    os.mkdir(sub)
    print(os.path.relpath(shutil.copy(src, sub), td), os.path.relpath(shutil.copy2(src, os.path.join(sub, "c2.txt")), td))
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print("SameFileError", isinstance(e, OSError))
    try:
        shutil.copyfile(os.path.join(td, "missing"), dst)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    os.makedirs(os.path.join(sub, "deep", "er"))
    with open(os.path.join(sub, "deep", "er", "x.log"), "w") as fh:
        fh.write("log")
    tree = shutil.copytree(sub, os.path.join(td, "copy"), ignore=shutil.ignore_patterns("*.log"))
    print(sorted(os.path.relpath(os.path.join(dp, n), tree) for dp, ds, fs in os.walk(tree) for n in ds + fs))
    try:
        shutil.copytree(sub, tree)
    except FileExistsError:
        print("FileExistsError")
    shutil.copytree(sub, tree, dirs_exist_ok=True)
    print(os.path.exists(os.path.join(tree, "deep", "er", "x.log")))

    # Moves.
    moved = shutil.move(dst, os.path.join(td, "moved.txt"))
    print(os.path.basename(moved), os.path.exists(dst))
    print(os.path.relpath(shutil.move(moved, sub), td))
    try:
        shutil.move(os.path.join(sub, "moved.txt"), sub)
    except shutil.Error as e:
        print("Error", str(e).startswith("Destination path"))
    print(os.path.relpath(shutil.move(tree, os.path.join(td, "tree2")), td))

    # Tree removal.
    shutil.rmtree(os.path.join(td, "tree2"))
    print(os.path.exists(os.path.join(td, "tree2")))
    try:
        shutil.rmtree(os.path.join(td, "nope"))
    except FileNotFoundError:
        print("FileNotFoundError")
    shutil.rmtree(os.path.join(td, "nope"), ignore_errors=True)
    calls = []
    shutil.rmtree(os.path.join(td, "nope"), onerror=lambda fn, p, ei: calls.append((fn.__name__, ei[0].__name__)))
    print(calls)
    print(sorted(n if not n.startswith("keep") else "keep*" for n in os.listdir(td)))
    saved = td
print(os.path.exists(saved))

t = tempfile.TemporaryDirectory(prefix="x")
print(repr(t).startswith("<TemporaryDirectory "), os.path.isdir(t.name))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))
print(shutil.which("sh") is not None, shutil.which("no-such-command-xyz"), tuple(shutil.get_terminal_size((33, 7))) >= (1, 1))
