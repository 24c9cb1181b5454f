# Binary search tree, BFS/DFS, Dijkstra with a hand-written binary heap, topo sort.


class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        if self.root is None:
            self.root = [key, None, None]
            return
        node = self.root
        while True:
            i = 1 if key < node[0] else 2
            if node[i] is None:
                node[i] = [key, None, None]
                return
            node = node[i]

    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return []
        return self.inorder(node[1]) + [node[0]] + self.inorder(node[2])

    def height(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node[1]), self.height(node[2]))


class MinHeap:
    def __init__(self):
        self.a = []

    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2

    def pop(self):
        a = self.a
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, small = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[small]:
                small = l
            if r < len(a) and a[r] < a[small]:
                small = r
            if small == i:
                return top
            a[i], a[small] = a[small], a[i]
            i = small

    def __len__(self):
        return len(self.a)


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder(), t.height())
h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}


def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, src))
    while len(heap):
        d, u = heap.pop()
        if d > dist.get(u, float("inf")):
            continue
        for v, w in g[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return dist, prev


dist, prev = dijkstra(graph, "A")
print(sorted(dist.items()))
path, node = [], "F"
while node != "A":
    path.append(node)
    node = prev[node]
print("->".join(["A"] + path[::-1]))


def bfs(g, start):
    seen, order, frontier = {start}, [], [start]
    while frontier:
        nxt = []
        for u in frontier:
            order.append(u)
            for v in sorted(g[u]):
                if v not in seen:
                    seen.add(v)
                    nxt.append(v)
        frontier = nxt
    return order


def dfs(g, u, seen=None):
    seen = seen if seen is not None else []
    seen.append(u)
    for v in sorted(g[u]):
        if v not in seen:
            dfs(g, v, seen)
    return seen


def topo(g):
    indeg = {u: 0 for u in g}
    for u in g:
        for v in g[u]:
            indeg[v] += 1
    ready = sorted(u for u, d in indeg.items() if d == 0)
    out = []
    while ready:
        u = ready.pop(0)
        out.append(u)
        for v in sorted(g[u]):
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
    return out


print(bfs(graph, "A"), dfs(graph, "A"), topo(graph))
