import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
class C:
    pass
for _ in range(1000):
    c = C()
    c.self = c
print(gc.collect() >= 999)
gc.enable()
print(gc.isenabled())
print(type(gc.get_count()).__name__, len(gc.get_count()), len(gc.get_threshold()))
old = gc.get_threshold()
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
print(type(gc.get_stats()).__name__, len(gc.get_stats()) >= 1)
print(gc.collect(0) >= 0, gc.collect(2) >= 0)
