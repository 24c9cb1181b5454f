lst = [3, 1, 4, 1, 5, 9, 2, 6]
lst.append(5)
lst.extend([3, 5])
lst.insert(0, 0)
lst.insert(100, 99)
lst.insert(-1, 98)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(5), lst.index(5, 4), lst.count(5), lst.count(42))
lst.reverse()
print(lst)
c = lst.copy()
c.clear()
print(c, len(lst))
try:
    lst.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    lst.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    lst[100]
except IndexError as e:
    print("IndexError:", e)
try:
    lst[100] = 1
except IndexError as e:
    print("IndexError:", e)
print([1, 2] + [3], [0] * 4, [[]] * 2, 2 * [1, 2])
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
print(x, x[::-1], list(reversed(x)))
print(list(range(5)), list("abc"), list((1, 2)), list({1: "a", 2: "b"}))
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], [3] > [2, 9])
