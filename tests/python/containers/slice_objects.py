s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(12))
print(data[s], data[slice(None, 3)], data[slice(-3, None)], "abcdefgh"[slice(None, None, 3)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::3], r[1:2, 3], r[...], r[:, None])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
