"""A helper module imported by tests in this folder."""
PI = 3.14159
created = []
print("shapes_helper imported as", __name__)
def area_circle(r):
    return round(PI * r * r, 3)
class Square:
    def __init__(self, side):
        self.side = side
        created.append(side)
    def area(self):
        return self.side ** 2
_private = "hidden"
if __name__ == "__main__":
    print("never printed on import")
