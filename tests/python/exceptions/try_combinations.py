def run(case, fail):
    log = []
    try:
        log.append("try")
        if fail == "value":
            raise ValueError("v")
        if fail == "key":
            raise KeyError("k")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        log.append("except lookup " + repr(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    print(case, log)
run(1, None)
run(2, "value")
run(3, "key")
def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_in_finally())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"
print(finally_swallows())
def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("not here")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
nested()
def reraise():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("logging and re-raising")
            raise
    except ZeroDivisionError as e:
        print("re-raised:", e)
reraise()
try:
    pass
finally:
    print("bare try/finally")
try:
    raise ValueError
except Exception as e:
    print(type(e).__name__, repr(e), e.args)
e_var = "before"
try:
    raise KeyError("x")
except KeyError as e_var:
    pass
try:
    print(e_var)
except NameError as err:
    print("NameError:", err)
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop", i)
    finally:
        print("finally", i)
