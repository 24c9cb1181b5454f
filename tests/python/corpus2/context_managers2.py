import contextlib
import sys


class Timer:
    def __init__(self, label):
        self.label = label
        self.entered = False

    def __enter__(self):
        self.entered = True
        print(f"enter {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.label}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return isinstance(exc, KeyError)


with Timer("a") as t:
    print("inside", t.label, t.entered)

with Timer("b"):
    {}["missing"]
print("after suppressed KeyError")

try:
    with Timer("c"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>", end="")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print(f"[handled {e}]", end="")
    finally:
        print(f"</{name}>")


with tag("p") as up:
    print(up, end="")
with tag("div"):
    1 / 0
with tag("a"), tag("b") as inner:
    print(inner, end="")

with contextlib.suppress(FileNotFoundError, IndexError):
    [][3]
print("suppressed IndexError")

stack = []


class Resource:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        stack.append(self.n)
        return self.n

    def __exit__(self, *args):
        print("release", stack.pop(), args[0])
        return False


with contextlib.ExitStack() as es:
    vals = [es.enter_context(Resource(i)) for i in range(3)]
    es.callback(print, "callback ran")
    print("vals", vals, stack)
print("stack now", stack)

try:
    with Resource(9):
        raise RuntimeError("in resource")
except RuntimeError as e:
    print(type(e).__name__, e.args, stack)


class Redirect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


buf = Redirect()
print("to buffer", 1, 2, sep="-", end="!\n", file=buf)
with contextlib.redirect_stdout(buf):
    print("redirected")
print(buf.parts)
print("stderr line", file=sys.stderr)


def gen_with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")


g = gen_with_cleanup()
print(next(g))
g.close()
with contextlib.closing(gen_with_cleanup()) as g2:
    print(list(g2))
null = contextlib.nullcontext(42)
with null as v:
    print("nullcontext", v)
