# An uncaught exception group: the nested boxed report, with a context and a note.
def fail(n):
    raise ValueError(f"bad {n}")


errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
print("collected", len(errors))
try:
    raise KeyError("first")
except KeyError:
    eg = ExceptionGroup("batch", errors + [ExceptionGroup("inner", [TypeError("t")]), OSError(5)])
    eg.add_note("while processing")
    raise eg
