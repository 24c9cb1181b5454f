import circular_a_helper
import circular_b_helper
print(circular_a_helper.get_b(), circular_b_helper.get_a(), circular_a_helper.value_a)
