import json


class Task:
    _next_id = 1

    def __init__(self, title, priority=2, tags=None, due=None):
        self.id = Task._next_id
        Task._next_id += 1
        self.title = title
        self.priority = priority
        self.tags = set(tags or [])
        self.done = False
        self.due = due

    def __repr__(self):
        flag = "x" if self.done else " "
        tags = ",".join(sorted(self.tags))
        return f"[{flag}] #{self.id:<3} P{self.priority} {self.title:<22} {tags}"

    def to_dict(self):
        return {"id": self.id, "title": self.title, "priority": self.priority,
                "tags": sorted(self.tags), "done": self.done,
                "due": "%04d-%02d-%02d" % self.due if self.due else None}


class TodoList:
    def __init__(self):
        self.tasks = {}

    def add(self, *args, **kwargs):
        t = Task(*args, **kwargs)
        self.tasks[t.id] = t
        return t

    def complete(self, task_id):
        try:
            self.tasks[task_id].done = True
        except KeyError:
            raise LookupError(f"no task with id {task_id}") from None

    def filter(self, *, tag=None, done=None):
        for t in self.tasks.values():
            if tag is not None and tag not in t.tags:
                continue
            if done is not None and t.done != done:
                continue
            yield t

    def __len__(self):
        return len(self.tasks)

    def __iter__(self):
        return iter(sorted(self.tasks.values(), key=lambda t: (t.done, t.priority, t.id)))


todo = TodoList()
todo.add("write report", 1, ["work"], due=(2024, 3, 1))
todo.add("buy milk", tags=["home", "shop"])
todo.add("fix bike", 3, ["home"])
todo.add("email boss", 1, ["work", "email"], due=(2024, 2, 28))
todo.complete(2)
try:
    todo.complete(99)
except LookupError as e:
    print("error:", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
for t in todo:
    print(t)
print(len(todo), [t.title for t in todo.filter(tag="home")], [t.id for t in todo.filter(done=False, tag="work")])
data = json.dumps([t.to_dict() for t in todo], indent=1)
print(data[:120].replace("\n", "|"))
loaded = json.loads(data)
print(sum(1 for d in loaded if d["done"]), sorted({tag for d in loaded for tag in d["tags"]}))
due = sorted((t for t in todo.tasks.values() if t.due), key=lambda t: t.due)
print([(t.title, "{2:02d}/{1:02d}/{0}".format(*t.due)) for t in due])
print(f"{'priority':>8} | count")
for p in range(1, 4):
    n = sum(t.priority == p for t in todo.tasks.values())
    print(f"{p:>8} | {'#' * n}")
