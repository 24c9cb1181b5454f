import gc
events = []
def cb(phase, info):
    events.append(phase)
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events[:2], "generation" in {"generation": 0})
gc.collect()
print(len(events))
