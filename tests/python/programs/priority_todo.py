class Task:
    _ids = 0
    def __init__(self, title, priority=3, tags=()):
        Task._ids += 1
        self.id = Task._ids
        self.title = title
        self.priority = priority
        self.tags = set(tags)
        self.done = False
    def __repr__(self):
        mark = "x" if self.done else " "
        tags = ",".join(sorted(self.tags))
        return f"[{mark}] #{self.id} P{self.priority} {self.title}" + (f" ({tags})" if tags else "")
class TodoList:
    def __init__(self):
        self.tasks = []
    def add(self, *a, **kw):
        t = Task(*a, **kw)
        self.tasks.append(t)
        return t
    def complete(self, task_id):
        for t in self.tasks:
            if t.id == task_id:
                t.done = True
                return t
        raise LookupError(f"no task {task_id}")
    def pending(self):
        return sorted((t for t in self.tasks if not t.done), key=lambda t: (t.priority, t.id))
    def by_tag(self):
        out = {}
        for t in self.tasks:
            for tag in t.tags:
                out.setdefault(tag, []).append(t.id)
        return dict(sorted(out.items()))
todo = TodoList()
todo.add("write tests", 1, ["dev"])
todo.add("buy milk", 4, ["home"])
todo.add("fix bug #12", 1, ["dev", "urgent"])
todo.add("call mom", 2, ["home"])
todo.add("read book")
todo.complete(3)
for t in todo.pending():
    print(t)
print(todo.by_tag())
try:
    todo.complete(99)
except LookupError as e:
    print("LookupError:", e)
print(sum(t.done for t in todo.tasks), "of", len(todo.tasks), "done")
