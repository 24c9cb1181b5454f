name = "World"
n = 42
pi = 3.14159265
items = ["a", "b"]
print(f"Hello, {name}!", f"{n}", f"{n:5}|", f"{n:<5}|", f"{n:^5}|", f"{n:05}", f"{n:x}", f"{n:#b}")
print(f"{pi:.2f} {pi:10.4f} {pi:e} {pi:.3g} {pi * 100:.1f}%")
print(f"{name!r} {name!s} {items!r} {items}")
print(f"{n + 1} {n * 2 = }", f"{len(items)=}", f"{pi=:.2f}")
print(f"{'nested'} {f'{n}'} {'x' * 3}")
print(f"{{braces}} {{{n}}}")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|", f"{name:>{width}}|")
d = {"k": "v"}
print(f"{d['k']} {items[0]} {items[-1].upper()}")
print(f"{1_000_000:,} {1234.5:,.2f} {0.5:.0%} {-3:+d} {3:+d}")
print(f"{'left':<10}|{'right':>10}|{'ctr':=^9}|")
print(f"{3 if n > 10 else 4}", f"{(lambda x: x * 2)(3)}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
    def __format__(self, spec):
        return "P:" + spec
print(f"{P()} {P()!r} {P()!s} {P():xyz}")
print(f"multi" f"ple {n}" "parts")
print(f"{n:>{width}_}", f"{2**40:_x}")
