class Heap:
    def __init__(self):
        self.data = []
    def push(self, item):
        d = self.data
        d.append(item)
        i = len(d) - 1
        while i > 0:
            parent = (i - 1) // 2
            if d[parent] <= d[i]:
                break
            d[parent], d[i] = d[i], d[parent]
            i = parent
    def pop(self):
        d = self.data
        last = d.pop()
        if not d:
            return last
        top, d[0] = d[0], last
        i = 0
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            small = i
            if l < len(d) and d[l] < d[small]:
                small = l
            if r < len(d) and d[r] < d[small]:
                small = r
            if small == i:
                return top
            d[i], d[small] = d[small], d[i]
            i = small
    def __len__(self):
        return len(self.data)
class Scheduler:
    def __init__(self):
        self.queue = Heap()
        self.now = 0
        self.seq = 0
    def at(self, time, name, repeat=None):
        self.queue.push((time, self.seq, name, repeat))
        self.seq += 1
    def run(self, until):
        while len(self.queue):
            time, _, name, repeat = self.queue.pop()
            if time > until:
                print(f"t={until}: stop ({len(self.queue) + 1} pending)")
                return
            self.now = time
            print(f"t={time:>3}: {name}")
            if repeat:
                self.at(time + repeat, name, repeat)
s = Scheduler()
s.at(5, "boot")
s.at(10, "heartbeat", repeat=15)
s.at(12, "backup")
s.at(10, "log rotate")
s.at(33, "report", repeat=30)
s.run(70)
h = Heap()
x = 7
for _ in range(50):
    x = (x * 31 + 11) % 101
    h.push(x)
print([h.pop() for _ in range(10)])
