def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError:
        raise LookupError(f"no entry for {key!r}")


def main():
    total = 0
    for k in ["a", "b"]:
        total += load(k)
    return total


main()
