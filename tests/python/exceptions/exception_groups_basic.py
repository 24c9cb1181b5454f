try:
    raise ExceptionGroup("several", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("msg", [KeyError("k"), IndexError("i")])
print(str(eg), len(eg.exceptions), eg.message)
match, rest = eg.split(KeyError)
print(repr(match.exceptions[0]), repr(rest.exceptions[0]))
