import mod_shapes
print(mod_shapes.PI, mod_shapes.area_circle(2), mod_shapes.Square(3).area())
print(mod_shapes.__name__, type(mod_shapes).__name__, mod_shapes.__doc__)
import mod_shapes
print("second import does not re-run")
import sys
print("mod_shapes" in sys.modules, sys.modules["mod_shapes"] is mod_shapes)
print(mod_shapes.created, mod_shapes._private)
print(sorted(n for n in dir(mod_shapes) if not n.startswith("_")))
