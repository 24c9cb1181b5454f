count = 0
def increment():
    try:
        count += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
increment()
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(issubclass(UnboundLocalError, NameError))
def outer():
    x = 1
    def inner():
        try:
            print(x)
        except NameError as e:
            print(type(e).__name__ + ":", e)
        x = 2
    inner()
outer()
def free_var_unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    y = 1
free_var_unbound()
try:
    print(never_defined)
except NameError as e:
    print("NameError:", e, e.name)
