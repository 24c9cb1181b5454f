total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
def declare_new():
    global brand_new
    brand_new = "created"
declare_new()
print(brand_new)
def outer():
    a = 1
    def level1():
        nonlocal a
        a += 1
        def level2():
            nonlocal a
            a *= 10
        level2()
    level1()
    return a
print(outer())
def scope_test():
    def do_local():
        spam = "local spam"
    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"
    def do_global():
        global spam
        spam = "global spam"
    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)
scope_test()
print("In global scope:", spam)
x = 10
def bad():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
bad()
