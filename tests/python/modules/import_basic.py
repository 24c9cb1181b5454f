import shapes_helper
print(shapes_helper.PI, shapes_helper.area_circle(2), shapes_helper.Square(3).area())
print(shapes_helper.__name__, type(shapes_helper).__name__, shapes_helper.__doc__)
import shapes_helper
print("second import does not re-run")
import sys
print("shapes_helper" in sys.modules, sys.modules["shapes_helper"] is shapes_helper)
print(shapes_helper.created, shapes_helper._private)
print(sorted(n for n in dir(shapes_helper) if not n.startswith("_")))
