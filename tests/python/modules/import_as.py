import mod_counter as mc
import mod_counter
print(mc is mod_counter, mc.bump(), mc.bump(), mod_counter.count)
import math as m, sys as system
print(m.sqrt(16), system.maxsize == 2 ** 63 - 1)
from mod_counter import bump as increment, count
print(increment(), count, mc.count)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
except ImportError as e:
    print("ImportError:", e)
