class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        return [self.parse_item(x) for x in self.text.split(",")]

    def parse_item(self, item):
        return int(item.strip())


print("start")
p = Parser("1, 2, three")
print(p.parse())
