inventory = {
    "apples": 3,
    "pears": 5
    "plums": 7,
}
print(inventory)
