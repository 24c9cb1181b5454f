# except* handles part of a group; the rest, with what a clause raised, escapes.
try:
    raise ExceptionGroup("work", [ValueError("v"), TypeError("t"), KeyError("k")])
except* ValueError:
    print("handled the ValueError")
except* TypeError:
    raise RuntimeError("while handling TypeError")
