# fnmatch patterns and glob over a directory tree made by the script (relative paths only).
import fnmatch
import glob
import os

for pat in ("*.txt", "a?c", "[abc]x", "[!a]*", "x[", "a**b", "[z-a]", "a.b+c"):
    print(repr(pat), repr(fnmatch.translate(pat)))
names = ["a.txt", "b.TXT", "c.py", ".hidden.txt", "abc", "a]c", "x[", "d-e", "b"]
for pat in ("*.txt", "*.[Tt][Xx][Tt]", "?", "a?c", "[!a]*", "*[]]*", "x[", "[a-c-e]*", "[z-a]*", "[!z-a]", "*"):
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.fnmatch("A.TXT", "*.txt"), fnmatch.fnmatchcase("a.txt", "*.txt"), fnmatch.fnmatch("a/b", "a*b"),
      fnmatch.fnmatch("line\nbreak", "line*"))
print(fnmatch.fnmatchcase(b"data.bin", b"*.bin"))

root = "glob_tree_tmp"
for d in ("", "sub", "sub/deep", "other", ".dot"):
    os.makedirs(os.path.join(root, d), exist_ok=True)
for f in ("a.txt", "b.py", ".hid.txt", "sub/c.txt", "sub/deep/d.txt", "other/e.md", ".dot/f.txt"):
    with open(os.path.join(root, f), "w") as fh:
        fh.write(f)
try:
    def show(pattern, **kw):
        print(pattern, kw, sorted(glob.glob(pattern, **kw)))

    show(root + "/*.txt")
    show(root + "/*")
    show(root + "/*/*.txt")
    show(root + "/**/*.txt")
    show(root + "/**/*.txt", recursive=True)
    show(root + "/**", recursive=True)
    show(root + "/**/", recursive=True)
    show(root + "/*", include_hidden=True)
    show(root + "/.*")
    show(root + "/sub")
    show(root + "/missing*")
    show(root + "/sub/")
    show("*.txt", root_dir=root)
    show("**/*.txt", root_dir=root, recursive=True)
    show(root + "/[ab].*")
    print(sorted(glob.iglob(root + "/s*/*")))
    print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"), glob.escape("a*b?[c].txt"),
          glob.escape(b"x*"))
finally:
    for dirpath, dirs, files in sorted(os.walk(root), key=lambda t: -len(t[0])):
        for f in files:
            os.remove(os.path.join(dirpath, f))
        os.rmdir(dirpath)
print(os.path.exists(root))
