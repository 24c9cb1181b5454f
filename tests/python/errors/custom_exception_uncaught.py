class InventoryError(Exception):
    def __init__(self, item, qty):
        super().__init__(f"not enough {item}: requested {qty}")
stock = {"apple": 3}
def take(item, qty):
    if stock.get(item, 0) < qty:
        raise InventoryError(item, qty)
    stock[item] -= qty
take("apple", 2)
print("left:", stock)
take("apple", 5)
