import mod_circular_a
value_b = "B"
def get_a():
    return mod_circular_a.value_a
