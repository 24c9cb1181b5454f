a = [1, 2, 3]
b = a
c = a[:]
a.append(4)
print(a, b, c, a is b, a is c, a == c + [4])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
def mutate(lst):
    lst.append("mutated")
def rebind(lst):
    lst = ["new"]
    return lst
x = []
mutate(x)
rebind(x)
print(x)
lst = [1, 2, 3]
lst.append(lst)
print(lst, len(lst))
d = {}
d["self"] = d
print(d)
