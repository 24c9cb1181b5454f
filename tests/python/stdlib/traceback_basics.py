import io
import sys
import traceback


def clean(text):
    # weft prints no caret lines under source lines; CPython 3.11 does
    return "\n".join(l for l in text.replace(__file__, "FILE").splitlines() if l.strip(" ^~"))


def inner(n):
    return 10 // n


def outer():
    return inner(0)


try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(clean(text))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad value") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(clean("".join(lines)))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, e.__traceback__)[-1], end="")

err = io.StringIO()
old = sys.stderr
sys.stderr = err
try:
    raise RuntimeError("to stderr")
except RuntimeError:
    traceback.print_exc()
sys.stderr = old
print(err.getvalue().splitlines()[-1])
print(traceback.format_exc())
