log = []
def f(n):
    try:
        log.append(f"enter {n}")
        if n > 0:
            f(n - 1)
        else:
            raise RuntimeError("bottom")
    finally:
        log.append(f"finally {n}")
try:
    f(3)
except RuntimeError as e:
    log.append("caught " + str(e))
print("\n".join(log))
def g():
    try:
        try:
            raise ValueError("first")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer except", e)
        return "ret"
    finally:
        print("outer finally")
print(g())
def h():
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("wins")
try:
    h()
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))
