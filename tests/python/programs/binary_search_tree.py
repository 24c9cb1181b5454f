class BST:
    class _Node:
        __slots__ = ("key", "val", "left", "right")
        def __init__(self, key, val):
            self.key, self.val, self.left, self.right = key, val, None, None
    def __init__(self):
        self.root = None
        self.n = 0
    def insert(self, key, val=None):
        if self.root is None:
            self.root = self._Node(key, val)
            self.n += 1
            return
        cur = self.root
        while True:
            if key == cur.key:
                cur.val = val
                return
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, self._Node(key, val))
                self.n += 1
                return
            cur = nxt
    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False
    def inorder(self, node="root"):
        if node == "root":
            node = self.root
        if node:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)
    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))
    def __len__(self):
        return self.n
t = BST()
seq = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]
for k in seq:
    t.insert(k, str(k))
print(list(t.inorder()), len(t), t.height())
print(45 in t, 46 in t)
x = 12345
for i in range(200):
    x = (x * 1103515245 + 12345) % 2 ** 31
    t.insert(x % 1000)
keys = list(t.inorder())
print(len(t), keys == sorted(set(keys)), keys[:8], t.height() < 30)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words.inorder()))
