def parse(text):
    return int(text)
def load(items):
    return [parse(t) for t in items]
def main():
    data = ["1", "2", "three"]
    print("loading", len(data))
    return load(data)
main()
