try:
    raise ValueError("hello", 42)
except ValueError as e:
    print(e.args, e.args[1], e.__traceback__ is not None, e.__cause__, e.__context__)
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
def fail():
    raise KeyError("deep")
try:
    fail()
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
e = ValueError("x")
print(e.__traceback__)
e.args = ("changed",)
print(e)
err = RuntimeError("with_traceback")
print(err.with_traceback(None) is err)
import sys
try:
    raise TypeError("current")
except TypeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info())
