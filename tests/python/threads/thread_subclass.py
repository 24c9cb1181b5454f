import threading
class Summer(threading.Thread):
    def __init__(self, lo, hi):
        super().__init__(name=f"sum-{lo}-{hi}")
        self.lo, self.hi = lo, hi
        self.result = None
    def run(self):
        self.result = sum(range(self.lo, self.hi))
workers = [Summer(i * 1000, (i + 1) * 1000) for i in range(8)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, w.result)
print(sum(w.result for w in workers) == sum(range(8000)))
class Greeter(threading.Thread):
    def run(self):
        print("hello from", self.name)
g = Greeter(name="greeter")
g.start()
g.join()
