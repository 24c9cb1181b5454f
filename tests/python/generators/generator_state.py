def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_running, g.gi_frame is not None)
next(g); next(g)
try:
    next(g)
except StopIteration:
    pass
print(g.gi_frame)
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(gen.__name__, gen().__name__ if hasattr(gen(), "__name__") else "")
