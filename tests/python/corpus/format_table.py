# f-string and format() tables: alignment, width, precision, thousands separators.

products = [
    ("Widget", 4, 3.5),
    ("Gadget", 12, 12.999),
    ("Thingamajig", 1, 1234.5),
    ("Doohickey", 250, 0.07),
]

print(f"{'Item':<12} {'Qty':>5} {'Price':>10} {'Total':>12}")
print(f"{'':-<12} {'':->5} {'':->10} {'':->12}")
grand = 0
for name, qty, price in products:
    total = qty * price
    grand += total
    print(f"{name:<12} {qty:>5d} {price:>10.2f} {total:>12,.2f}")
print(f"{'TOTAL':<12} {'':>5} {'':>10} {grand:>12,.2f}")
print()
print(f"|{'left':<10}|{'center':^10}|{'right':>10}|")
print(f"|{'x':*<10}|{'y':=^10}|{'z':.>10}|")
print("|{:<8}|{:^8}|{:>8}|".format(1, 22, 333))
for v in [0, 1, -1, 3.14159, -2.5, 1e6, 123456789, 0.000123]:
    print(f"{v!r:>12} {v:>12.3f} {v:>12.3e} {v:>+10.1f} {v:>10.3g}")
n = 1234567
print(f"{n:,} {n:_} {n:08d} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o}")
print(f"{255:#010b} {-42:+d} {42:+d} {42: d} {0.5:%} {0.25:.1%}")
print(f"{'abc':>{6}}|{3.14159:.{3}f}|{'z':{'^'}{5}}|")
w = 7
for i in range(1, 6):
    print(f"{i:>{w}}{i * i:>{w}}{i ** 3:>{w}}")
print("%-8s|%5d|%8.3f|%x" % ("pct", 42, 2.71828, 255))
print("%s and %r" % ("str", "repr"), "%%", "%5.1f%%" % 99.5)
print("{0}{1}{0}".format("ab", "cd"), "{name}={val:.2f}".format(name="pi", val=3.14159))
print(format(3.0, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(1 / 3, ".10f"))
print(str(1.0), str(1e16), str(1.5e-7), repr(0.1 + 0.2), round(2.675, 2), round(0.5), round(1.5))
print(f"{12.0:g} {1e-5:g} {123456789.0:g} {float('inf'):f} {float('nan'):>6}")
data = {"alpha": 0.1234, "beta": 12.5, "gamma": 1000}
width = max(len(k) for k in data)
for k, v in data.items():
    print(f"{k.upper():>{width}} : {v:<10.3f}:")
print(f"{'done':=^30}")
