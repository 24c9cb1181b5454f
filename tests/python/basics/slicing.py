s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::-3])
t = "abcdefghij"
print(t[::2], t[::-1], t[3:-3], t[-2:], t[1:8:3])
u = tuple(s)
print(u[2:4], u[::4])
s2 = s[:]
s2[2:5] = ["x", "y"]
print(s2)
s2[::3] = [0, 0, 0]
print(s2)
s3 = list(range(10))
del s3[::2]
print(s3)
s3[1:1] = [100, 200]
print(s3)
s3[:] = []
print(s3)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
print(s[slice(1, 6, 2)], slice(1, 6, 2).indices(4))
r = range(20)
print(r[3:15:4], list(r[3:15:4]), r[::-1][:3])
print("hello"[1], "hello"[-1])
try:
    "hello"[10]
except IndexError as e:
    print("IndexError:", e)
