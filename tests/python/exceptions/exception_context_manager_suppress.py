class suppress:
    def __init__(self, *excs):
        self.excs = excs
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.excs):
            self.caught = v
            return True
        return False
with suppress(KeyError) as s:
    {}["nope"]
print("suppressed:", repr(s.caught))
with suppress(ValueError, TypeError) as s:
    int("x")
print("suppressed:", s.caught)
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *a):
        self.exited = True
with Timer() as t:
    pass
print(t.entered, t.exited)
