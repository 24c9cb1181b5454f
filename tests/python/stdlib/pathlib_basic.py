# pathlib: pure path manipulation and file system operations in a scratch directory.
import os
from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = PurePath("/a/b/c.tar.gz")
print(repr(p), str(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root, repr(p.drive))
print(p.parent, p.parents[0], p.parents[-1], list(p.parents), p.parents[1:], len(p.parents))
print(p.with_name("d.txt"), p.with_suffix(".zip"), p.with_suffix(""), p.with_stem("e"), p.is_absolute())
print(p.relative_to("/a"), p.relative_to("/", "a", "b"), p.is_relative_to("/a"), p.is_relative_to("/x"))
print(repr(PurePath("//a//b/./c/")), repr(PurePath("///a")), PurePath("//a").parts, PurePath("a", "/b", "c"),
      repr(Path("")), PurePath("a/.."), PurePath("/a") / "b" / PurePath("c"), "x" / PurePath("y"))
print(PurePath(".").name, repr(PurePath("/").name), repr(PurePath("x.").suffix), repr(PurePath(".bashrc").suffix),
      PurePath("a.b.").suffixes, PurePath("..").stem, PurePath(".bashrc").stem, PurePath("/a b/c").as_uri())
print(PurePath("a") < PurePath("b"), PurePath("a") == PurePosixPath("a"), PurePath("a") == "a",
      hash(PurePath("a/b")) == hash(PurePath("a//b/")), sorted([PurePath("b"), PurePath("a/c"), PurePath("a")]))
print(PurePath("a/b.py").match("*.py"), PurePath("/a/b.py").match("/*.py"), PurePath("a/b.py").match("a/*.py"),
      PurePath("x/a/b.py").match("a/*.py"), PurePath("a/b.py").match("x/a/b.py"))
print(PurePath("a/b").__bytes__(), type(Path("x")).__name__, type(PurePath("x")).__name__, isinstance(Path("x"), PurePath),
      isinstance(Path("x"), Path), os.fspath(Path("q/r")), p.as_posix(), PurePath("a").joinpath("b", "c"))
print(PurePath(Path("a"), "b"), Path("a/b").parent.parent, Path("a").parent, Path("/").parent)
errors = [
    lambda: p.relative_to("/x"), lambda: PurePath("a").relative_to("/a"), lambda: p.with_suffix("gz"),
    lambda: PurePath("/").with_name("x"), lambda: p.with_name(""), lambda: p.with_name("a/b"), lambda: p.match(""),
    lambda: PurePath("a").as_uri(), lambda: PurePath(5), lambda: p.parents[5],
]
for f in errors:
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

# File system operations, all relative to a scratch directory.
base = Path("pathlib_tmp")
base.mkdir(exist_ok=True)
try:
    print(base.exists(), base.is_dir(), base.is_file(), (base / "none").exists())
    f = base / "hello.txt"
    print(f.write_text("hello\nworld\n"), f.read_text(), f.read_text().splitlines(), f.is_file(), f.stat().st_size)
    print((base / "data.bin").write_bytes(b"\x00\x01"), (base / "data.bin").read_bytes())
    (base / "sub" / "deep").mkdir(parents=True)
    (base / "sub" / "x.txt").touch()
    (base / "sub" / "deep" / "y.txt").write_text("y")
    print(sorted(x.name for x in base.iterdir()))
    print(sorted(str(x.relative_to(base)) for x in base.glob("*.txt")))
    print(sorted(str(x.relative_to(base)) for x in base.glob("**/*.txt")))
    print(sorted(str(x.relative_to(base)) for x in base.rglob("*.txt")))
    print(sorted(str(x.relative_to(base)) for x in base.glob("*/")))
    print(sorted(str(x.relative_to(base)) for x in base.glob("sub/*")))
    print(sorted(str(x.relative_to(base)) for x in base.glob("**")))
    moved = f.rename(base / "moved.txt")
    print(repr(moved), f.exists(), moved.read_text() == "hello\nworld\n")
    with moved.open("a") as fh:
        fh.write("more\n")
    print(moved.read_text().count("\n"))
    try:
        (base / "sub").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    try:
        (base / "a" / "b").mkdir()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        (base / "nothing").unlink()
    except FileNotFoundError:
        print("FileNotFoundError")
    (base / "nothing").unlink(missing_ok=True)
    try:
        f.write_text(b"x")
    except TypeError as e:
        print("TypeError", e)
    print(Path.cwd() == Path(os.getcwd()), base.absolute() == Path.cwd() / base, base.resolve().is_absolute(),
          Path("~").expanduser() == Path.home(), base.absolute().is_absolute())
finally:
    for dirpath, dirs, files in sorted(os.walk(str(base)), key=lambda t: -len(t[0])):
        for name in files:
            Path(dirpath, name).unlink()
        Path(dirpath).rmdir()
print(base.exists())
