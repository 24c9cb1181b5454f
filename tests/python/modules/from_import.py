from shapes_helper import Square, area_circle as circle, PI
print(Square(5).area(), circle(1), PI)
from shapes_helper import *
print(area_circle(3))
try:
    _private
except NameError as e:
    print("NameError:", e)
try:
    from shapes_helper import missing_name
except ImportError as e:
    # The message ends with the module's absolute path, which depends on the checkout.
    msg = str(e)
    print("ImportError:", msg[: msg.index(" (")], msg.endswith("shapes_helper.py)"))
