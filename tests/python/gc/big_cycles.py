import gc
class Link:
    __slots__ = ("next", "data")
    def __init__(self, data):
        self.data = data
        self.next = None
gc.collect()
def ring(n):
    head = Link(0)
    cur = head
    for i in range(1, n):
        cur.next = Link(i)
        cur = cur.next
    cur.next = head
    return head
for _ in range(5):
    ring(1000)
print(gc.collect() >= 5000)
r = ring(10)
count, cur = 1, r.next
while cur is not r:
    count += 1
    cur = cur.next
gc.collect()
print(count, r.next.next.data)
