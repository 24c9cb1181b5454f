import mod_circular_a
import mod_circular_b
print(mod_circular_a.get_b(), mod_circular_b.get_a(), mod_circular_a.value_a)
