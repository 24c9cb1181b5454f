try:
    int("abc")
except ValueError:
    raise LookupError("value not found") from None
