# Linked list, stack and queue classes with iteration, len, contains, repr.


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for x in reversed(list(iterable)):
            self.push(x)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __contains__(self, value):
        return any(v == value for v in self)

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def remove(self, value):
        prev, node = None, self.head
        while node:
            if node.value == value:
                if prev:
                    prev.next = node.next
                else:
                    self.head = node.next
                self.size -= 1
                return
            prev, node = node, node.next
        raise ValueError(f"{value!r} not in list")


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __bool__(self):
        return bool(self._items)

    def __len__(self):
        return len(self._items)


class Queue:
    def __init__(self):
        self._in, self._out = [], []

    def enqueue(self, x):
        self._in.append(x)

    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)


ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), 3 in ll, 9 in ll)
ll.push(0)
ll.reverse()
print(ll, list(ll), sum(ll))
ll.remove(2)
print(ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)


def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in expr:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st


for e in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]:
    print(repr(e), balanced(e))
q = Queue()
for i in range(5):
    q.enqueue(i)
print(q.dequeue(), q.dequeue(), len(q))
q.enqueue(99)
print([q.dequeue() for _ in range(len(q))])
s = Stack()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
