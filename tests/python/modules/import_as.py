import counter_helper as mc
import counter_helper
print(mc is counter_helper, mc.bump(), mc.bump(), counter_helper.count)
import math as m, sys as system
print(m.sqrt(16), system.maxsize == 2 ** 63 - 1)
from counter_helper import bump as increment, count
print(increment(), count, mc.count)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
except ImportError as e:
    print("ImportError:", e)
