i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("while", i)
else:
    print("no else: broke out")
n = 0
while n < 3:
    n += 1
else:
    print("while else ran", n)
for x in range(3):
    print("for", x)
else:
    print("for else ran")
for x in range(10):
    if x == 3:
        print("found 3")
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("empty for else")
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
total = 0
for k in range(1, 101):
    if k % 2:
        continue
    total += k
print(total)
lst = [1, 2, 3]
for v in lst:
    if v == 2:
        lst.append(4)
print(lst)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
count = 0
while True:
    count += 1
    if count >= 1000:
        break
print(count)
def search(items, target):
    for idx, it in enumerate(items):
        if it == target:
            return idx
    return -1
print(search("hello", "l"), search("hello", "z"))
