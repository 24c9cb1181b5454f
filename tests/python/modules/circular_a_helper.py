import circular_b_helper
value_a = "A"
def get_b():
    return circular_b_helper.value_b
