def len(x):
    return "my len"
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))
print(len("abcd"), max(3, 9))
list_ = list
def list(*a):
    return "shadowed"
print(list(), list_("ab"))
