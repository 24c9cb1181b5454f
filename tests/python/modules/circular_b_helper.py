import circular_a_helper
value_b = "B"
def get_a():
    return circular_a_helper.value_a
