print("%s is %d years" % ("Ann", 30))
print("%5s|%-5s|%05d|%+d|%x|%X|%o|%#x|%#o" % ("a", "b", 42, 42, 255, 255, 8, 255, 8))
print("%.2f %10.3f %-10.1f| %e %g %G" % (3.14159, 2.71828, 1.5, 12345.6789, 0.00001234, 1e20))
print("%r %s %a" % ("q", "q", "é"))
print("%(name)s has %(n)d items" % {"name": "box", "n": 3})
print("%c%c %%" % (72, "i"))
print("%s" % [1, 2], "%s" % (1,), "%d%%" % 50)
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError:", e)
print("%i %u" % (7, 8), "%.3s" % "abcdef", "%5.1s|" % "xyz")
