import mod_circular_b
value_a = "A"
def get_b():
    return mod_circular_b.value_b
