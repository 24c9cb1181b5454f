ROOMS = {
    "hall": {"desc": "A long hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Dusty books everywhere.", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["wine"], "locked": True},
}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
    def do(self, command):
        verb, _, arg = command.partition(" ")
        self.moves += 1
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        return handler(arg)
    def cmd_look(self, _):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"{r['desc']} Exits: {', '.join(sorted(r['exits']))}. You see {items}."
    def cmd_go(self, direction):
        r = ROOMS[self.room]
        if direction not in r["exits"]:
            return "You can't go that way."
        target = r["exits"][direction]
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "The door is locked."
            ROOMS[target]["locked"] = False
        self.room = target
        return f"You go {direction} to the {target}."
    def cmd_take(self, item):
        r = ROOMS[self.room]
        if item in r["items"]:
            r["items"].remove(item)
            self.inventory.append(item)
            return f"Taken: {item}."
        return f"There is no {item} here."
    def cmd_inventory(self, _):
        return "You carry: " + (", ".join(self.inventory) or "nothing")
g = Game()
script = ["look", "take lamp", "go east", "go down", "go west", "go north", "look", "take key",
          "take sword", "go south", "go east", "go down", "look", "take wine", "inventory", "dance"]
for cmd in script:
    print(f"> {cmd}\n{g.do(cmd)}")
print("moves:", g.moves)
