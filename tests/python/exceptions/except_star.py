# try/except*: matching, wrapping naked exceptions, re-raising what is unhandled.
def run(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))

def t1():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        print("V", repr(e))
    except* (TypeError, KeyError) as e:
        print("T", repr(e))
run(t1)

def t2():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped", repr(e), repr(e.exceptions[0]))
run(t2)

def t3():
    try:
        raise KeyError("naked")
    except* ValueError:
        print("not here")
run(t3)

def t4():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run(t4)

def t5():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
run(t5)

def t6():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("only")
run(t6)

def t7():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("n", [TypeError(2), ValueError(3)])])
    except* TypeError as e:
        print("T", repr(e))
run(t7)

def t8():
    try:
        print("body ran")
    except* ValueError:
        print("never")
    else:
        print("else ran")
    finally:
        print("finally ran")
run(t8)

def t9():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        print("handled")
    finally:
        print("finally")
    try:
        e
    except NameError:
        print("name cleared")
run(t9)

def t10():
    try:
        raise ValueError("x")
    except* ExceptionGroup:
        pass
run(t10)

def t11():
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            for j in range(5):
                if j == 1:
                    break
            print("loop", i, repr(e.exceptions[0]))
run(t11)

def t12():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
run(t12)

def t13():
    try:
        raise ExceptionGroup("g", [KeyboardInterrupt(), ValueError(2)])
    except* KeyboardInterrupt as e:
        print("KI", repr(e))
run(t13)

import sys
def t14():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        print(sys.exc_info()[1] is e)
run(t14)

for src in ["for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "try:\n    pass\nexcept* ValueError:\n    for x in y:\n        continue\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
