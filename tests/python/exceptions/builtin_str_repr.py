excs = [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("key"), KeyError(), KeyError(1, 2),
        IndexError("list index out of range"), OSError(2, "No such file"), StopIteration(5),
        SystemExit(3), Exception(None), Exception(""), TypeError(["list"]), RuntimeError(("t",))]
for e in excs:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
e = OSError(2, "No such file or directory", "f.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
fnf = FileNotFoundError(2, "No such file or directory")
print(type(fnf).__name__, fnf.errno, str(fnf))
print(StopIteration(7).value, SystemExit(4).code, SystemExit().code, KeyboardInterrupt().args)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
