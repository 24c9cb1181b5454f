class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node
    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value
    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            print("evict", lru.key)
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)
    def keys(self):
        out, cur = [], self.head.next
        while cur is not self.tail:
            out.append(cur.key)
            cur = cur.next
        return out
    def __len__(self):
        return len(self.map)
cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache.keys())
print(cache.get("a"), cache.keys())
cache.put("d", "D")
print(cache.keys(), cache.get("b"), len(cache))
cache.put("c", "C2")
cache.put("e", "E")
print(cache.keys(), cache.get("c"), cache.hits, cache.misses)
def cached(fn, cap=100):
    c = LRUCache(cap)
    def wrapper(n):
        v = c.get(n)
        if v is None:
            v = fn(n)
            c.put(n, v)
        return v
    wrapper.cache = c
    return wrapper
@cached
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(60), ways.cache.hits > 0)
