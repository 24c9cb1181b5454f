import io
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, redirect_stderr, ExitStack


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as t:
    print("inside", t)


@contextmanager
def catcher():
    try:
        yield
    except ValueError as e:
        print("caught", e)


with catcher():
    raise ValueError("boom")
print("after catcher")

try:
    with catcher():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

try:
    with tag("b"):
        raise TypeError("inner")
except TypeError as e:
    print("tag re-raised", e)


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print(e)


@tag("deco")
def decorated(x):
    print("decorated body", x)
    return x * 2


print(decorated(4))

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")


class Res:
    def close(self):
        print("Res closed")


with closing(Res()) as r:
    print("using", type(r).__name__)
with nullcontext(42) as v:
    print("null", v)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second", 2)
print("got", repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    sys.stderr.write("err text\n")
print("err", repr(ebuf.getvalue()))

with ExitStack() as stack:
    for n in ("x", "y", "z"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("stack body")


class Suppressor:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("suppressor saw", exc[0].__name__ if exc[0] else None)
        return True


with ExitStack() as stack:
    stack.enter_context(Suppressor())
    stack.enter_context(tag("w"))
    raise ValueError("swallowed")
print("exitstack suppressed")

stack = ExitStack()
stack.callback(print, "closed later")
moved = stack.pop_all()
stack.close()
print("before moved close")
moved.close()
